"""Runs Ralph, the learning record store of France Université Numérique (PyPI: ralph-malph), on
loopback with its file-system backend, for the tests of Fil Rouge's xAPI road (docs/xapi.md).

    python3 scripts/ralph-lrs.py PORT

Ralph reads the rest from its environment: RALPH_APP_DIR (the folder of auth.json, its
credentials file), RALPH_RUNSERVER_BACKEND=fs, and
RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH (where statements are kept).

Ralph 5.1's file-system backend writes its statements file once and refuses every later write
(its default operation creates the file); a store takes statements again and again, so its
writes append here, which the backend supports.
"""
import sys

import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

if __name__ == "__main__":
    uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", timeout_graceful_shutdown=1)
