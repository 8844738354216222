#ifndef FILROUGE_CCURL_LOADER_H
#define FILROUGE_CCURL_LOADER_H

#include <stddef.h>

/// One HTTP exchange made with libcurl, which is loaded (dlopen) the first time one is made:
/// linking it would load libcurl and the dozen libraries it needs at every start of the program,
/// for the few commands that talk to a learning record store.
typedef struct {
    /// The HTTP status of the answer; 0 when there was none.
    long status;
    /// libcurl's result (CURLcode), 0 when the exchange happened; -1 when libcurl could not be loaded.
    int code;
    /// The answer's body, allocated; free it with filrouge_http_free.
    char *body;
    size_t body_length;
    /// What went wrong, in libcurl's words (or the loader's).
    char error[512];
} filrouge_http_answer;

/// Sends `method` (GET or POST) to `url` with `header_count` headers ("Name: value"), `body` when
/// not NULL, waiting at most `timeout_seconds` for the whole exchange; an answer longer than
/// `maximum_body` bytes is cut off and reported (code 23, a write error).
void filrouge_http_exchange(
    const char *method, const char *url, const char *const *headers, size_t header_count,
    const char *body, size_t body_length, long timeout_seconds, size_t maximum_body,
    filrouge_http_answer *answer);

/// Frees the body of an answer.
void filrouge_http_free(filrouge_http_answer *answer);

#endif
