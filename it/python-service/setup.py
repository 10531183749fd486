# tooling file: never copied into the image
