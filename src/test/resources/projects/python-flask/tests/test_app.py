def test_index(): pass
