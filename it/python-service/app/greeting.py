import os


def message():
    return os.environ.get("GREETING", "hello")
