import os

from flask import Flask, render_template

app = Flask(__name__)
# Flask apps keep their settings and SQLite files in the instance folder: it must be writable.
os.makedirs(app.instance_path, exist_ok=True)
with open(os.path.join(app.instance_path, "started"), "w") as marker:
    marker.write("ok")


@app.route("/")
def index():
    return render_template("index.html", framework="Flask", instance=os.listdir(app.instance_path))
