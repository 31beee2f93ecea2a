"""The mentoring relationship across sessions, pure: carry-over, goals, the next date,
what a session loads and what storing it changes, and the operations a live
session offers on its copy of the relationship. Nothing here touches a file."""
