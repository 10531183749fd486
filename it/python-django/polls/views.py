from django.conf import settings
from django.http import HttpResponse


def index(request):
    # What collectstatic gathered in the image's build, read back: proof that it ran.
    css = (settings.STATIC_ROOT / "site.css").read_text()
    return HttpResponse("hello from Django; collected static: " + css, content_type="text/plain")
