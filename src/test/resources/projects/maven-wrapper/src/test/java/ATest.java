class ATest {}
