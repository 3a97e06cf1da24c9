"""What leaves the machine: contribution files, team aggregation, reports."""
