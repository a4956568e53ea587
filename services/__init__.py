"""Qt-free core of Mentor Desk: domain, rules, storage and file exchange."""
