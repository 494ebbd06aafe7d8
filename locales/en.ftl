# Uli – English texts. Do not translate placeholders such as { $name }.
# Short, plain sentences: many readers are young or are learning the language.

## Welcome and language
welcome = Hi! 👋 I'm { $persona }, the digital helper of { $organisation }.
    I answer your questions right away – even at night.
    I'm a computer program, not a person. If you want to talk to a person, just say so.
privacy-short = 🔒 Privacy in short: you don't have to give your name.
    We store your messages so the team can help you – not your phone number, not your profile picture.
    You can ask us to delete everything at any time. More: /privacy
privacy-short-kept = 🗓 Conversations are deleted { $days } days after the last message.
choose-language = Which language should I write in?
language-set = OK, from now on I'll write to you in English.
language-kept = I'll write to you in English. You can change the language at any time with /language.
choose-service = Which service are you interested in? Tap on it:
service-intro = You are at: { $name }. { $summary }
service-ask = What would you like to know?
menu-prompt = What would you like to know? Tap a button.

## Buttons
button-hours = 🕒 Opening hours
button-where = 📍 Where?
button-who = 👥 Who is it for?
button-languages = 🗣 Languages
button-faq = ❓ Common questions
button-person = 🙋 Talk to a person
button-change-language = 🌐 Language
button-change-service = 🔄 Other service
button-menu = ⬅️ Menu

## Commands (Telegram menu)
command-start = Start again
command-help = What can Uli do?
command-hours = Opening hours
command-language = Change language
command-menu = Show the menu
command-privacy = Privacy

## Opening hours
hours-title = 🕒 Opening hours: { $name }
hours-window = { $start }–{ $end } · { $place } ({ $kind ->
        [appointment] by appointment only
       *[drop_in] drop-in, no appointment needed
    })
hours-open-now = ✅ Open now: { $line }
hours-next = ⏳ Closed right now. Next time: { $day }, { $line }
hours-none-known = No times are listed right now. Please get in touch by phone or mail.
hours-closed-today = Closed today: { $reason }
day-today = today, { $day }
day-tomorrow = tomorrow, { $day }
hours-week-title = The next 7 days:
hours-appointment-hint = You can get an appointment by phone or mail – tap “🙋 Talk to a person”.
hours-appointment-book = 📅 You can book an appointment right here: tap “{ $button }” or write /book.
hours-closed = closed
hours-holiday = public holiday ({ $name })
hours-closed-because = closed ({ $reason })
programme-ended = ⚠️ The service { $name } ended on { $since }. It no longer exists.
programme-not-started = The service { $name } starts on { $starts }.
programme-alternatives = These services run now – maybe one fits you:
programme-no-alternatives = Sorry, I don't know another service that fits right now. In an emergency: 112. Nummer gegen Kummer: 116 111 (free).

## Place
where-title = 📍 This is where you find { $name }:

## Who it is for
who-title = 👥 Who is { $name } for?
who-age = Age: { $min } to { $max } years
who-residence = Residence status: { $list }
who-areas = Where you live: { $list }
who-offers = What they offer: { $list }
residence-any = any
residence-duldung = Duldung (tolerated stay)
residence-gestattung = Gestattung (permission to stay during the asylum procedure)
residence-residence_permit = residence permit
residence-eu_citizen = EU citizens
offer-clearing = short counselling (clearing)
offer-case_management = support over a longer time (case management)
offer-street_work = street work
offer-open_consultation = drop-in hours
offer-appointments = counselling by appointment
offer-coaching = coaching
offer-interpreters = interpreters
promise-free = free of charge
promise-voluntary = voluntary
promise-anonymous = possible without giving your name

## Languages
languages-counselling = 🗣 Counselling at { $name } in: { $list }.
languages-interpreters = For other languages there are interpreters.
languages-bring-someone = You may bring someone to translate for you.
languages-uli = Here in the chat I write German, English, Russian, Arabic, Turkish, Ukrainian and Persian.

## Reach a person
person-title = 🙋 How to reach the team of { $name }:
person-phone = 📞 Phone: { $phone }
person-sms = 💬 Text message/messenger: { $number }
person-email = ✉️ Mail: { $email }
person-drop-in-now = 🚪 Drop in now, no appointment needed: { $line }
person-drop-in-next = 🚪 Drop in without an appointment: { $day }, { $line }
person-appointment-only = { $book ->
        [yes] 📅 Counselling by appointment only – book one here in the chat with /book, call or send a mail.
       *[no] 📅 Counselling by appointment only – call or send a mail.
    }
crisis-short = 🆘 In an emergency: 112. Talking helps: Nummer gegen Kummer 116 111, TelefonSeelsorge 0800 111 0 111 – free and anonymous.

## Common questions
faq-title = ❓ Common questions – tap a question:

## Help and privacy
help = I'm { $persona }. I tell you when and where the service is open, who it is for and in which languages they counsel. Just write your question or tap the buttons.
help-commands = You can also send me:
privacy-full = 🔒 Privacy
    Responsible: { $organisation }.
    We store: your messages in this chat, your language and the service you chose. Your name, username, profile picture and phone number are not stored – a name only if you give us one yourself with /name. The team only sees a nickname.
    Why: so that we can answer your questions and help you. Without your consent we pass nothing on – not to authorities and not to parents. Even if you are under 18, you can talk to us without your parents knowing. Only if someone’s life or safety is in serious danger does the team have to act.
    You can ask at any time what is stored and have everything deleted. Contact: { $contact }
privacy-retention = 🗓 How long: a conversation is deleted { $days } days after its last message – after { $days_unanswered } days if nobody from the team took part.
privacy-link = 📄 The full text: { $url }

## What I don't understand
unknown-command = I don't know this command. Try /help or tap a button.
stale-button = This button is no longer valid. Here is the current menu:
media-sticker = 😊 Thanks! I can only read text and buttons.
media-file = 📎 I can't open pictures, videos or files here. Please don't send documents with personal data here – bring them to your appointment instead.
media-voice = 🎤 Sorry, I can't listen to voice messages. Write me a few words or tap a button.
media-location = 📍 Thanks, I don't need your location. Under “📍 Where?” you can see where we are.
media-contact-card = Thanks! I don't store contacts.
media-edited = ✏️ You changed a message. I only read new messages – please send it to me again.
media-other = Sorry, I can't read that. Write to me or tap a button.
not-understood = Sorry, I can't understand that yet. 🙈 Tap a button – or “🙋 Talk to a person”, and someone from the team will answer you here.
error-sorry = Sorry, something went wrong on my side. Please try again in a moment. In an emergency: 112 · Nummer gegen Kummer 116 111.

## Typed questions
not-sure = I'm not quite sure what you mean. 🤔 Is it one of these? Or someone from the team can answer you.
service-first = I can answer that – first tell me which service you mean:
answer-greeting = Hi! 👋 What would you like to know? Just write your question or tap a button.
answer-thanks = You're welcome! 😊 Write any time if you have another question.
answer-hours-day = 🕒 { $name } – { $day }:
answer-hours-day-closed = Closed on that day.
answer-hours-open-again = ⏳ Open again: { $day }, { $line }
answer-cost-free = 💶 { $name } is free for you. It costs nothing.
answer-cost-ask = 💶 Whether something costs money here, the team can tell you – tap “🙋 Talk to a person”.
answer-voluntary = 🤝 Coming to { $name } is voluntary. You decide what you talk about, and you can stop at any time.
answer-voluntary-ask = 🤝 Whether taking part is voluntary, the team can tell you – tap “🙋 Talk to a person”.
answer-confidential-anonymous = 🤐 You don't have to give your name. The team keeps what you tell them confidential and passes nothing on without your consent – not to authorities and not to parents. Only if someone's life or safety is in serious danger do they have to act.
answer-confidential = 🤐 The team keeps what you tell them confidential and passes nothing on without your consent – not to authorities and not to parents. Only if someone's life or safety is in serious danger do they have to act.
answer-services = 🧰 What { $name } does for you:
answer-appointment = 📅 To make, move or cancel an appointment, contact the team:
topic-cost = 💶 Does it cost anything?
topic-confidentiality = 🤐 Does it stay private?
topic-voluntary = 🤝 Is it voluntary?
topic-services = 🧰 What do you do?
topic-appointment = 📅 Appointment
topic-cancel = ❌ Cancel an appointment
language-switched = I'll write to you in English now. To change it: /language
foreign-language = I can't write in your language yet – sorry! I answer in German and English. The team can arrange an interpreter: tap “🙋 Talk to a person”.

## Crisis
crisis-opening = 💙 Thank you for telling me. That sounds really hard – you don't have to get through this alone.
crisis-opening-unsure = 💙 Maybe I got you wrong – but if you are not okay right now or in danger: you don’t have to deal with it alone.
crisis-danger = 🆘 If you are in danger right now, call 112 (emergency) or 110 (police). Free, day and night.
crisis-talk = 📞 You can talk to someone now, free and anonymous:
    • Nummer gegen Kummer (for young people): 116 111
    • TelefonSeelsorge, day and night: 0800 111 0 111 or 0800 111 0 222
crisis-violence = 📞 Help line against violence (Hilfetelefon Gewalt gegen Frauen), day and night, in many languages: 116 016
crisis-shelter = 🛏 Nowhere to sleep tonight? If you are under 18, the Jugendamt (youth welfare office) must take you in – the police (110) connect you at any time. If you are 18 or older, the police can tell you where the nearest emergency shelter is.
crisis-team-now = 🙋 I have passed your message to the team as urgent. Someone will answer you here as soon as possible.
crisis-team-later = 🙋 I have passed your message to the team as urgent. They will read it { $when }. Until then, please call one of the numbers above – someone is there for you.
crisis-team-soon = 🙋 I have passed your message to the team as urgent. They will answer you here as soon as they can. Until then, please call one of the numbers above.

## Handover to the team
when-from = { $day }, from { $time }
handover-now = 🙋 I have passed your conversation to the team. Someone will answer you here soon. Just keep writing – they see everything.
handover-later = 🙋 I have passed your conversation to the team. Nobody is on duty right now; they will read your messages { $when }. Just keep writing – they see everything.
handover-unknown-hours = 🙋 I have passed your conversation to the team. They will answer you here as soon as they can.
handover-already = You are already waiting for the team. Just write here – they see everything.
handover-direct = You can also reach them directly:
handover-ack = 📨 Got it. The team will read your message.
handover-ack-soon = 📨 Got it. Someone from the team is on duty now and will answer you here soon.
handover-ack-later = 📨 Got it. Nobody is on duty right now; the team will read your message { $when }.
handover-still-with-team = 💬 Your conversation stays with the team – they will read this question too.
handover-end-button = ✖️ End talk with the team
handover-ended = OK, you are writing with me, the digital helper, again. Tap “🙋 Talk to a person” whenever you want the team back.

## Your data
command-mydata = What is stored about me
command-delete = Delete my data
privacy-rights = 📄 /mydata sends you everything stored about you · 🗑 /delete deletes it.
mydata-caption = 📄 This is everything Uli stores about you. To delete it: /delete
mydata-file-title = What Uli stores about you ({ $date })
mydata-pseudonym = Your nickname for the team: { $pseudonym }
mydata-language = Language: { $language }
mydata-first-seen = First message: { $date }
mydata-conversation = Conversation from { $date }
mydata-you = You
mydata-uli = Uli
mydata-team = Team
mydata-note = Note by the team
delete-confirm = 🗑 Do you want me to delete everything stored about you – your messages, your nickname, your language? This cannot be undone. The team will only see that a conversation was deleted at your request.
delete-yes = 🗑 Yes, delete everything
delete-no = No, keep it
delete-done = ✅ Done: everything is deleted. If you write again, we start fresh. Take care! 👋
delete-kept = OK, nothing was deleted.
command-name = Tell the team a name
name-how = You don't have to give a name. If you want the team to call you by a name, just write it to me, e.g. “Sam”.
name-saved = ✅ Thanks, { $name }! The team now sees this name. To remove it: /name
name-forgotten = OK, the name is removed. The team sees only your nickname again.
name-forget-button = 🗑 Remove my name
mydata-name = Your name for the team: { $name }

## Appointments
button-book = 📅 Appointment
command-book = Book an appointment
command-appointments = My appointments
booking-choose-place = 📍 Where would you like your appointment?
booking-choose-day = 📅 When suits you? Free appointments at { $place }:
booking-no-days = 📅 Sorry, there are no free appointments right now.
booking-drop-in = 🚶 Or just come by without an appointment: { $day }, { $line }
booking-choose-time = 🕒 Which time suits you – { $day }?
booking-other-day = 📅 Another day
booking-choose-topic = What is it about? This helps the team to prepare. You can also skip this.
booking-topic-work = 💼 Training/work
booking-topic-papers = 📄 Residence/papers
booking-topic-housing = 🏠 Housing
booking-topic-other = 💬 Something else
booking-topic-skip = ⏭ Skip
booking-check = Is this right? { $day } at { $time }, { $place }
booking-check-move = Move your appointment to { $day } at { $time }, { $place }?
booking-yes = ✅ Yes, book it
booking-yes-move = ✅ Yes, move it
booking-other-time = 🔁 Another time
booking-booked = ✅ Your appointment is booked!
booking-moved = ✅ Your appointment is moved!
booking-when = 📅 { $day } at { $time }
booking-where = 📍 { $place }, { $address }
booking-bring = 🎒 Bring: { $list }
booking-change = You can move or cancel it with the buttons here or any time with /appointments.
booking-move = 🔁 Move
booking-cancel = ❌ Cancel
booking-calendar = 📅 Calendar file
booking-calendar-caption = 📅 Your appointment as a calendar file: open it to add it to your calendar.
booking-gone = 😕 Sorry, this appointment is no longer free. Here are others:
booking-day-full = 😕 Sorry, there is no free appointment left for { $day }. Here are other days:
booking-taken = 😕 Sorry, someone was quicker: this time has just been taken. Here are other free times:
booking-list-title = 📅 Your appointments:
booking-list-item = 📅 { $day } at { $time }, { $place }
booking-list-empty = You have no appointments right now. Book one: /book
booking-cancel-ask = Do you really want to cancel this appointment: { $day } at { $time }?
booking-cancel-yes = ❌ Yes, cancel
booking-cancel-no = No, keep it
booking-cancelled = Okay, your appointment is cancelled: { $day } at { $time }. Book a new one: /book
booking-kept = 👍 Good, your appointment stays.
booking-not-found = I can't find this appointment any more – maybe it was already cancelled or is over. Your appointments: /appointments
booking-ics-summary = Appointment: { $name }
booking-by-team = ✅ The team has booked an appointment for you!
booking-cancelled-by-team = 😕 Sorry, the team had to cancel your appointment: { $day } at { $time }. Book a new one or write to us.
reminder-title = ⏰ Reminder: your appointment is { $day } at { $time }.
reminder-change = Can't make it? Move or cancel it here, so someone else can have the time.
mydata-appointment = Appointment: { $date }, { $place }
mydata-status-booked = booked
mydata-status-cancelled = cancelled
mydata-status-attended = attended
mydata-status-missed = missed

## Console: the caseworkers' web console (console/) and its canned replies.
# The console's own words; `canned-…` are replies a caseworker can send (young people read them).
console-title = Casework console
console-inbox = Inbox
console-admin-users = Accounts
console-logout = Log out
console-ui-language = Language
console-login = Log in
console-email = Email
console-password = Password
console-new-password = New password (leave empty to keep it)
console-login-wrong = Wrong email or password.
console-login-throttled = Too many failed attempts. Please try again in { $number } minutes.
console-tab-waiting = Waiting
console-tab-mine = Mine
console-tab-open = All open
console-tab-closed = Closed
console-inbox-empty = Nobody here right now.
console-inbox-more = Show more conversations
console-no-contact-points = You do not belong to any contact point yet. An admin can add you.
console-column-waiting = Waiting
console-column-person = Person
console-column-language = Language
console-column-contact-point = Contact point
console-column-last-message = Last message
console-column-who = Who takes it
console-urgent = Urgent
console-urgent-long = Urgent: Uli noticed signs of a crisis. Please answer this first.
console-unreachable-short = unreachable
console-unreachable = This person has blocked Uli: messages cannot reach them until they write again.
console-suggested = Suggested: { $name }
console-nobody-speaks = Nobody in the team speaks { $name }
console-language-unknown = unknown
console-language-of-person = The person's language
console-status-bot = with Uli
console-status-waiting = waiting
console-status-assigned = assigned
console-status-closed = closed
console-assigned-to = with { $name }
console-waiting-since = waiting for { $since }
console-minutes = { $number } min
console-hours = { $number } h
console-days = { $number } d
console-claim = Take it
console-release = Give back
console-assign = Assign
console-close = Close
console-reopen = Reopen
console-reply-to = Reply – the person reads { $name }
console-canned = Canned reply
console-send = Send
console-note-add = Internal note
console-note-hint = Only the team sees notes; they are never sent to the person.
console-note-save = Save note
console-notes = Notes
console-notes-none = No notes yet.
console-delivery-pending = ⏳ being delivered
console-delivery-sent = ✓ delivered
console-delivery-unreachable = ✗ not delivered: blocked
console-delivery-rejected = ✗ refused by Telegram
console-open-media = Open
console-older-messages = Older messages
console-kind-text = Text
console-kind-command = Command
console-kind-button = Button tapped
console-kind-sticker = Sticker
console-kind-photo = Photo
console-kind-voice = Voice message
console-kind-video = Video
console-kind-document = Document
console-kind-location = Location
console-kind-contact_card = Contact card
console-kind-edited = Edited message
console-kind-other = Other message
console-former-colleague = former colleague
console-canned-hello = Greeting
console-canned-more = Ask for more
console-canned-appointment = Offer an appointment
console-canned-documents = What to bring
console-canned-later = Will answer later
console-canned-goodbye = Goodbye
console-error-empty = The text is empty.
console-error-too-long = The text is too long.
console-error-closed = The conversation is closed. Reopen it first.
console-error-not-member = That colleague does not work at this contact point.
console-error-not-closed = The conversation is not closed.
console-error-newer-open = The person is already writing in a newer conversation. Answer there.
console-error-email = That is not a valid email address.
console-error-email-taken = There is already an account for this email address.
console-error-password = The password must have at least 10 characters.
console-error-password-spaces = The password is only spaces. Please choose another one.
console-error-password-repeated = The password is one character repeated. Please choose another one.
console-error-password-sequence = The password is a run like 12345678 or abcdefgh. Please choose another one.
console-error-password-digits = The password is only digits. Please add letters or symbols.
console-error-password-email = The password is the email address. Please choose another one.
console-error-nul = The entry contains an invisible control character (NUL) that cannot be stored. Please type it again.
console-error-name = The name must have 1 to 80 characters.
console-error-languages = Please give languages as codes with commas, e.g. de,ar,fa.
console-error-contact-points = Unknown contact point.
console-error-role = Unknown role.
console-error-self = You cannot take away your own admin role or deactivate your own account.
console-error-no-account = This account does not exist.
console-error-admin-only = Only admins manage accounts.
console-error-csrf = This page was open for too long. Please reload it and try again.
console-page-forbidden = No access
console-page-forbidden-text = This page is for admins only.
console-page-not-found = Not found
console-page-not-found-text = This conversation or page does not exist – or it belongs to another contact point.
console-page-failed = That did not work
console-name = Name
console-role = Role
console-role-caseworker = Caseworker
console-role-admin = Admin
console-languages = Languages
console-contact-points = Contact points
console-active = active
console-admin-new-user = New account
console-save = Save
canned-hello = Hi, this is { $name } from the team. I have read your message and will answer you properly in a moment.
canned-more = Can you tell me a bit more about what it is about? You can also send a voice message.
canned-appointment = Shall we make an appointment? Write me which days and times suit you.
canned-documents = Please bring whatever papers you have to the appointment (for example your ID, residence papers, letters from offices). If something is missing, that is no problem – come anyway.
canned-later = I cannot answer in detail right now. I will get back to you by the next working day at the latest.
canned-goodbye = Thank you for your message! If you need anything else, just write again. All the best!
console-admin-access-log = Access log
console-log-hint = Who read or did what in the console, newest first. Nobody can change or delete entries. Times in UTC.
console-log-who = Who
console-log-action = Action
console-log-conversation = Conversation
console-log-since = From (date)
console-log-until = Until (date)
console-log-filter = Filter
console-log-any = all
console-log-when = When
console-log-detail = Detail
console-log-nobody = – (no account)
console-log-newer = newer
console-log-older = older
console-log-page = Page { $number } of { $max }
console-log-empty = No entries.
console-action-view_conversation = Conversation read
console-action-open_media = Media opened
console-action-export = Export
console-action-delete_request = Deleted at the person's request
console-action-reply = Reply sent
console-action-claim = Taken
console-action-assign = Assigned
console-action-release = Given back
console-action-close = Closed
console-action-reopen = Reopened
console-action-note = Note added
console-action-login = Login
console-action-login_failed = Failed login
console-action-logout = Logout
console-action-user_created = Account created
console-action-user_changed = Account changed
console-action-view_appointments = Appointment list viewed
console-action-appointment_book = Appointment booked
console-action-appointment_cancel = Appointment cancelled
console-action-appointment_mark = Appointment marked attended/missed
console-given-name = given by the young person in the chat
console-appt-nav = Appointments
console-appt-title = Appointments
console-appt-place = Place
console-appt-show = Show
console-appt-day = Day
console-appt-week = Week
console-appt-previous-day = ← Previous day
console-appt-next-day = Next day →
console-appt-previous-week = ← Previous week
console-appt-next-week = Next week →
console-appt-today = Today
console-appt-week-of = Week from { $start } to { $end }
console-appt-no-places = None of your contact points offers appointments.
console-appt-none = No appointments.
console-appt-free-title = Free
console-appt-free = { $time } – { $number } of { $max } free
console-appt-free-none = No free times.
console-appt-column-time = Time
console-appt-column-topic = Topic
console-appt-column-status = Status
console-appt-column-actions = Actions
console-appt-status-booked = booked
console-appt-status-attended = came
console-appt-status-missed = did not come
console-appt-status-cancelled = cancelled
console-appt-booked-by = booked by { $name }
console-appt-open-conversation = Conversation
console-appt-attended = Came
console-appt-missed = Did not come
console-appt-cancel = Cancel …
console-appt-cancel-title = Cancel this appointment?
console-appt-cancel-text = The person gets a message in their language ({ $language }) at once that the appointment is cancelled. Their reminders will not be sent.
console-appt-cancel-confirm = Yes, cancel and tell them
console-appt-cancel-back = No, go back
console-appt-upcoming = Appointments
console-appt-upcoming-none = No upcoming appointments.
console-appt-book = Book an appointment
console-appt-slot = Free time
console-appt-slot-option = { $day } { $time } ({ $number } of { $max } free)
console-appt-topic = Topic (optional)
console-appt-book-submit = Book
console-appt-book-hint = The person gets a confirmation in their language and reminders before it.
console-appt-no-slots = Nothing is free in the next 14 days.
console-appt-not-bookable = There is no place with appointments for this conversation.
console-error-no-slot = That time does not exist (any more). Please choose one from the list.
console-error-slot-full = That time is fully booked now. Please choose another one.
console-error-not-booked = This appointment is not booked (any more).
console-error-bad-status = Please mark it as came or did not come.
console-error-already-booked = The person already has an appointment at that time.
console-error-past = The appointment has already begun. Mark it as came or did not come instead.
console-error-not-yet = An appointment can only be marked on its day or later.
console-deleted-title = Deleted at the young person's request (last { $number } days)
console-deleted-notice = Conversation #{ $number } · { $place } · deleted on { $day } at { $time } at the young person's request. Nothing of it is stored any more.
console-page-deleted = Conversation deleted
console-page-deleted-text = This conversation was deleted at the young person's request on { $day } at { $time }. Nothing of it is stored any more.
## End of console section

# Follow-ups after an appointment (flows/appointments/follow_ups.py)
follow-up-attended = How did your appointment with us go? If you like, you can book another one right here – or talk to someone from the team.
follow-up-missed = We missed you at your appointment. No problem – do you want to book a new one? Or talk to someone from the team.

# A typed question answered by the FAQ of a service not chosen yet: whose answer it is.
faq-from-service = Answer from { $name }:
