def new_column_name(header, wanted):
    """`wanted`, or wanted_2, wanted_3, ... when the table already has such a column (any case)."""
    taken = {name.strip().lower() for name in header}
    name, n = wanted, 1
    while name.lower() in taken:
        n += 1
        name = f"{wanted}_{n}"
    return name
