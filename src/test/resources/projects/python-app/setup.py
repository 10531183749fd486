# tooling
