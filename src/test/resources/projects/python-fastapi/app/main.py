from fastapi import FastAPI

from app.routers import items

app = FastAPI(title="Items")
app.include_router(items.router)


@app.get("/")
def root():
    return {"service": "items"}


if __name__ == "__main__":
    import uvicorn

    uvicorn.run(app)  # 127.0.0.1: reachable from nowhere outside the container
