// libcurl, loaded when the first HTTP exchange is made (see ccurl_loader.h), and called through
// the functions found in it. curl_easy_setopt is variadic: it is called here, in C, with the
// types its documentation gives for each option.
#include "ccurl_loader.h"

#include <curl/curl.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef CURLcode (*global_init_f)(long);
typedef CURL *(*easy_init_f)(void);
typedef CURLcode (*easy_setopt_f)(CURL *, CURLoption, ...);
typedef CURLcode (*easy_perform_f)(CURL *);
typedef CURLcode (*easy_getinfo_f)(CURL *, CURLINFO, ...);
typedef void (*easy_cleanup_f)(CURL *);
typedef const char *(*easy_strerror_f)(CURLcode);
typedef struct curl_slist *(*slist_append_f)(struct curl_slist *, const char *);
typedef void (*slist_free_all_f)(struct curl_slist *);

static struct {
    int loaded;
    char problem[256];
    global_init_f global_init;
    easy_init_f easy_init;
    easy_setopt_f easy_setopt;
    easy_perform_f easy_perform;
    easy_getinfo_f easy_getinfo;
    easy_cleanup_f easy_cleanup;
    easy_strerror_f easy_strerror;
    slist_append_f slist_append;
    slist_free_all_f slist_free_all;
} curl;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;

static void load(void) {
    void *library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (!library) library = dlopen("libcurl.so", RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        snprintf(curl.problem, sizeof curl.problem, "libcurl is not installed (%s); install Debian's libcurl4", dlerror());
        return;
    }
    curl.global_init = (global_init_f)dlsym(library, "curl_global_init");
    curl.easy_init = (easy_init_f)dlsym(library, "curl_easy_init");
    curl.easy_setopt = (easy_setopt_f)dlsym(library, "curl_easy_setopt");
    curl.easy_perform = (easy_perform_f)dlsym(library, "curl_easy_perform");
    curl.easy_getinfo = (easy_getinfo_f)dlsym(library, "curl_easy_getinfo");
    curl.easy_cleanup = (easy_cleanup_f)dlsym(library, "curl_easy_cleanup");
    curl.easy_strerror = (easy_strerror_f)dlsym(library, "curl_easy_strerror");
    curl.slist_append = (slist_append_f)dlsym(library, "curl_slist_append");
    curl.slist_free_all = (slist_free_all_f)dlsym(library, "curl_slist_free_all");
    if (!curl.global_init || !curl.easy_init || !curl.easy_setopt || !curl.easy_perform || !curl.easy_getinfo
        || !curl.easy_cleanup || !curl.easy_strerror || !curl.slist_append || !curl.slist_free_all) {
        snprintf(curl.problem, sizeof curl.problem, "the libcurl found lacks functions Fil Rouge needs");
        return;
    }
    if (curl.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
        snprintf(curl.problem, sizeof curl.problem, "libcurl could not start");
        return;
    }
    curl.loaded = 1;
}

typedef struct {
    char *bytes;
    size_t length;
    size_t capacity;
    size_t maximum;
} buffer;

static size_t keep(char *data, size_t size, size_t count, void *context) {
    buffer *answer = context;
    size_t length = size * count;
    if (answer->length + length > answer->maximum) return 0;
    if (answer->length + length > answer->capacity) {
        size_t capacity = answer->capacity ? answer->capacity : 16384;
        while (capacity < answer->length + length) capacity *= 2;
        char *grown = realloc(answer->bytes, capacity);
        if (!grown) return 0;
        answer->bytes = grown;
        answer->capacity = capacity;
    }
    memcpy(answer->bytes + answer->length, data, length);
    answer->length += length;
    return length;
}

void filrouge_http_exchange(
    const char *method, const char *url, const char *const *headers, size_t header_count,
    const char *body, size_t body_length, long timeout_seconds, size_t maximum_body,
    filrouge_http_answer *answer) {
    memset(answer, 0, sizeof *answer);
    pthread_once(&load_once, load);
    if (!curl.loaded) {
        answer->code = -1;
        snprintf(answer->error, sizeof answer->error, "%s", curl.problem);
        return;
    }
    CURL *handle = curl.easy_init();
    if (!handle) {
        answer->code = -1;
        snprintf(answer->error, sizeof answer->error, "libcurl could not make a request");
        return;
    }
    struct curl_slist *list = NULL;
    for (size_t index = 0; index < header_count; index++) list = curl.slist_append(list, headers[index]);
    buffer received = {NULL, 0, 0, maximum_body};
    char error[CURL_ERROR_SIZE] = {0};
    curl.easy_setopt(handle, CURLOPT_URL, url);
    curl.easy_setopt(handle, CURLOPT_HTTPHEADER, list);
    curl.easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl.easy_setopt(handle, CURLOPT_TIMEOUT, timeout_seconds);
    curl.easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, timeout_seconds);
    curl.easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 0L);
    curl.easy_setopt(handle, CURLOPT_WRITEFUNCTION, keep);
    curl.easy_setopt(handle, CURLOPT_WRITEDATA, &received);
    curl.easy_setopt(handle, CURLOPT_ERRORBUFFER, error);
    if (strcmp(method, "POST") == 0) {
        curl.easy_setopt(handle, CURLOPT_POST, 1L);
        curl.easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)body_length);
        curl.easy_setopt(handle, CURLOPT_POSTFIELDS, body ? body : "");
    } else {
        curl.easy_setopt(handle, CURLOPT_HTTPGET, 1L);
    }
    CURLcode code = curl.easy_perform(handle);
    answer->code = (int)code;
    if (code == CURLE_OK) {
        long status = 0;
        curl.easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
        answer->status = status;
    } else {
        snprintf(answer->error, sizeof answer->error, "%s", error[0] ? error : curl.easy_strerror(code));
    }
    answer->body = received.bytes;
    answer->body_length = received.length;
    curl.easy_cleanup(handle);
    curl.slist_free_all(list);
}

void filrouge_http_free(filrouge_http_answer *answer) {
    free(answer->body);
    answer->body = NULL;
    answer->body_length = 0;
}
