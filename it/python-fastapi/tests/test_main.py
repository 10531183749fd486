def test_greeting(): pass
