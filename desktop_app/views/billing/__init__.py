"""The billing wizard (W4): its pages, its flow and its table models."""

