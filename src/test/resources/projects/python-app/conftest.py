# pytest
