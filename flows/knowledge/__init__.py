"""What Uli knows about the services: the contact-point file (`catalogue`), opening hours,
programmes and their periods, bookable slots, towns, and these facts said in the young
person's language (`answers`). Pure: no database, no conversation."""
