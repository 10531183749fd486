FROM alpine:3.20
LABEL maintainer="José"
USER 10001
