# check=skip=JSONArgsRecommended
FROM debian:bookworm-slim
USER 10001:10001
EXPOSE 3000
# hadolint ignore=DL3025
CMD sleep infinity
