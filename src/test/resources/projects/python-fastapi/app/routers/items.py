from fastapi import APIRouter

router = APIRouter()


@router.get("/items/{item_id}")
def item(item_id: int):
    return {"id": item_id}
