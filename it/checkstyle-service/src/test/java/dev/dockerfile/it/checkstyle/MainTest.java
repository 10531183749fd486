package dev.dockerfile.it.checkstyle;

/** A test source that must never reach the image's build context. */
class MainTest {
}
