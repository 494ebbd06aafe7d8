"""Appointments: booking, moving and cancelling, with their words for the chat, the console and
reminders (`booking`), when reminders are due (`reminder_times`), the console's appointment
desk (`desk`) and the scheduled messages about appointments."""
