def message():
    return "hello"
