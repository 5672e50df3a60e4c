"""The calendar's views: upcoming by day, this weekend, the month grid and past events."""
