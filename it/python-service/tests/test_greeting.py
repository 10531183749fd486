from app.greeting import message


def test_message():
    assert message()
