"""Where events appear beyond the calendar: the home page, organisations' and places' pages."""
