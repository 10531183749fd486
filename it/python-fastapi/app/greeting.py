def greeting():
    return "hello from FastAPI"
