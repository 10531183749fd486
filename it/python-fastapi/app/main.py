from fastapi import FastAPI

from app.greeting import greeting

app = FastAPI(title="Greetings")


@app.get("/")
def root():
    return {"greeting": greeting()}
