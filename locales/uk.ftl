# Uli – тексти українською. Плейсхолдери на кшталт { $name } не перекладати.
# Короткі, прості речення: багато читачів молоді або тільки вчать мову.

## Привітання і мова
welcome = Привіт! 👋 Я { $persona }, цифровий помічник організації { $organisation }.
    Я одразу відповідаю на твої запитання – навіть уночі.
    Я комп'ютерна програма, а не людина. Якщо хочеш поговорити з людиною, просто скажи.
privacy-short = 🔒 Коротко про захист даних: називати своє ім'я не потрібно.
    Ми зберігаємо твої повідомлення, щоб команда могла тобі допомогти, – але не твій номер телефону і не фото профілю.
    Ти можеш будь-коли попросити нас усе видалити. Докладніше: /privacy
privacy-short-kept = 🗓 Розмови видаляють через { $days } { $days ->
        [one] день
        [few] дні
       *[many] днів
    } після останнього повідомлення.
choose-language = Якою мовою мені писати?
language-set = Добре, відтепер я писатиму тобі українською.
language-kept = Я пишу тобі українською. Мову можна змінити будь-коли командою /language.
choose-service = Яка програма тебе цікавить? Натисни на неї:
service-intro = Ти тут: { $name }. { $summary }
service-ask = Що ти хочеш дізнатися?
menu-prompt = Що ти хочеш дізнатися? Натисни на кнопку.

## Кнопки
button-hours = 🕒 Години роботи
button-where = 📍 Де?
button-who = 👥 Для кого?
button-languages = 🗣 Мови
button-faq = ❓ Часті запитання
button-person = 🙋 Поговорити з людиною
button-change-language = 🌐 Мова
button-change-service = 🔄 Інша програма
button-menu = ⬅️ Меню

## Команди (меню Telegram)
command-start = Почати знову
command-help = Що вміє Uli?
command-hours = Години роботи
command-language = Змінити мову
command-menu = Показати меню
command-privacy = Захист даних

## Години роботи
hours-title = 🕒 Години роботи: { $name }
hours-window = { $start }–{ $end } · { $place } ({ $kind ->
        [appointment] тільки за записом
       *[drop_in] відкритий прийом, без запису
    })
hours-open-now = ✅ Зараз відчинено: { $line }
hours-next = ⏳ Зараз зачинено. Наступного разу: { $day }, { $line }
hours-none-known = Зараз години роботи не вказані. Будь ласка, зателефонуй або напиши на пошту.
hours-closed-today = Сьогодні зачинено: { $reason }
day-today = сьогодні, { $day }
day-tomorrow = завтра, { $day }
hours-week-title = Найближчі 7 днів:
hours-appointment-hint = Записатися можна телефоном або поштою – натисни «🙋 Поговорити з людиною».
hours-appointment-book = 📅 Записатися можна просто тут: натисни «{ $button }» або напиши /book.
hours-closed = зачинено
hours-holiday = свято ({ $name })
hours-closed-because = зачинено ({ $reason })
programme-ended = ⚠️ Програма { $name } закінчилася { $since }. Її більше немає.
programme-not-started = Програма { $name } почнеться { $starts }.
programme-alternatives = Ось програми, які працюють зараз, – можливо, одна з них тобі підійде:
programme-no-alternatives = На жаль, зараз я не знаю іншої програми, яка підходить. У разі небезпеки: 112. Nummer gegen Kummer: 116 111 (безкоштовно).

## Місце
where-title = 📍 Ось де знаходиться { $name }:

## Для кого
who-title = 👥 Для кого { $name }?
who-age = Вік: від { $min } до { $max } { $max ->
        [one] року
       *[other] років
    }
who-residence = Статус перебування: { $list }
who-areas = Де ти живеш: { $list }
who-offers = Що пропонують: { $list }
residence-any = будь-який
residence-duldung = Duldung (тимчасове відтермінування депортації)
residence-gestattung = Gestattung (дозвіл на перебування на час процедури надання притулку)
residence-residence_permit = посвідка на проживання
residence-eu_citizen = громадяни ЄС
offer-clearing = коротка консультація (Clearing)
offer-case_management = супровід протягом довшого часу (Case Management)
offer-street_work = вулична соціальна робота (Streetwork)
offer-open_consultation = відкритий прийом
offer-appointments = консультація за записом
offer-coaching = коучинг
offer-interpreters = перекладачі
promise-free = безкоштовно
promise-voluntary = добровільно
promise-anonymous = можна без імені

## Мови
languages-counselling = 🗣 Консультації в { $name } такими мовами: { $list }.
languages-interpreters = Для інших мов є перекладачі.
languages-bring-someone = Можна взяти з собою когось, хто перекладатиме.
languages-uli = Тут у чаті я пишу німецькою, англійською, російською, арабською, турецькою, українською та перською.

## Зв'язатися з людиною
person-title = 🙋 Як зв'язатися з командою { $name }:
person-phone = 📞 Телефон: { $phone }
person-sms = 💬 SMS/месенджер: { $number }
person-email = ✉️ Пошта: { $email }
person-drop-in-now = 🚪 Можна прийти зараз без запису: { $line }
person-drop-in-next = 🚪 Прийти без запису: { $day }, { $line }
person-appointment-only = { $book ->
        [yes] 📅 Консультація тільки за записом – запишися просто тут у чаті через /book, зателефонуй або напиши на пошту.
       *[no] 📅 Консультація тільки за записом – зателефонуй або напиши на пошту.
    }
crisis-short = 🆘 У разі небезпеки: 112. Розмова допомагає: Nummer gegen Kummer 116 111, TelefonSeelsorge 0800 111 0 111 – безкоштовно й анонімно.

## Часті запитання
faq-title = ❓ Часті запитання – натисни на запитання:

## Допомога і захист даних
help = Я { $persona }. Я підкажу тобі, коли і де працює програма, для кого вона і якими мовами там консультують. Просто напиши своє запитання або натискай на кнопки.
help-commands = Ще ти можеш написати мені:
privacy-full = 🔒 Захист даних
    Хто відповідає за дані: { $organisation }.
    Що ми зберігаємо: твої повідомлення тут у чаті, твою мову і обрану тобою програму. Твоє ім'я, ім'я користувача, фото профілю і номер телефону не зберігаються – ім'я лише тоді, коли ти сам(а) назвеш його командою /name. Команда бачить тільки псевдонім.
    Навіщо: щоб ми могли відповісти на твої запитання і допомогти тобі. Без твоєї згоди ми нічого нікому не передаємо – ні владі, ні батькам. Навіть якщо тобі ще немає 18, ти можеш говорити з нами так, що батьки про це не дізнаються. Тільки якщо життя або безпека людини в серйозній небезпеці, команда мусить діяти.
    Ти можеш будь-коли запитати, що збережено, і попросити все видалити. Контакт: { $contact }
privacy-retention = 🗓 Як довго: розмову видаляють через { $days } { $days ->
        [one] день
        [few] дні
       *[many] днів
    } після останнього повідомлення – через { $days_unanswered } { $days_unanswered ->
        [one] день
        [few] дні
       *[many] днів
    }, якщо в ній не брав участі ніхто з команди.
privacy-link = 📄 Повний текст: { $url }

## Що я не розумію
unknown-command = Такої команди я не знаю. Спробуй /help або натисни на кнопку.
stale-button = Ця кнопка більше не діє. Ось актуальне меню:
media-sticker = 😊 Дякую! Я можу читати тільки текст і кнопки.
media-file = 📎 Фото, відео і файли я тут відкрити не можу. Будь ласка, не надсилай сюди документи з особистими даними – краще принеси їх на зустріч.
media-voice = 🎤 На жаль, я не можу слухати голосові повідомлення. Напиши мені кілька слів або натисни на кнопку.
media-location = 📍 Дякую, твоє місцезнаходження мені не потрібне. У розділі «📍 Де?» видно, де ми є.
media-contact-card = Дякую! Контакти я не зберігаю.
media-edited = ✏️ Повідомлення змінено. Я читаю тільки нові повідомлення – будь ласка, надішли його ще раз.
media-other = На жаль, я не можу це прочитати. Напиши мені або натисни на кнопку.
not-understood = На жаль, я поки цього не розумію. 🙈 Натисни на кнопку – або на «🙋 Поговорити з людиною», і тобі тут відповість хтось із команди.
error-sorry = Вибач, у мене щось пішло не так. Будь ласка, спробуй ще раз трохи згодом. У разі небезпеки: 112 · Nummer gegen Kummer 116 111.

## Запитання, написані текстом
not-sure = Я не зовсім впевнений, що ти маєш на увазі. 🤔 Можливо, щось із цього? Або тобі відповість хтось із команди.
service-first = Я можу на це відповісти – спершу скажи, яка програма тебе цікавить:
answer-greeting = Привіт! 👋 Що ти хочеш дізнатися? Просто напиши своє запитання або натисни кнопку.
answer-thanks = Будь ласка! 😊 Пиши будь-коли, якщо будуть ще запитання.
answer-hours-day = 🕒 { $name } – { $day }:
answer-hours-day-closed = Цього дня зачинено.
answer-hours-open-again = ⏳ Знову відчинено: { $day }, { $line }
answer-cost-free = 💶 { $name } – для тебе безкоштовно.
answer-cost-ask = 💶 Чи щось тут коштує гроші, тобі скаже команда – натисни «🙋 Поговорити з людиною».
answer-voluntary = 🤝 Приходити до { $name } – добровільно. Ти сам(а) вирішуєш, про що говорити, і можеш будь-коли припинити.
answer-voluntary-ask = 🤝 Чи участь добровільна, тобі скаже команда – натисни «🙋 Поговорити з людиною».
answer-confidential-anonymous = 🤐 Називати своє ім'я не потрібно. Команда не розповідає іншим те, що ти кажеш, і нічого не передає без твоєї згоди – ні установам, ні батькам. Тільки якщо життя чи безпека когось у серйозній небезпеці, команда мусить діяти.
answer-confidential = 🤐 Команда не розповідає іншим те, що ти кажеш, і нічого не передає без твоєї згоди – ні установам, ні батькам. Тільки якщо життя чи безпека когось у серйозній небезпеці, команда мусить діяти.
answer-services = 🧰 Що { $name } робить для тебе:
answer-appointment = 📅 Щоб записатися, перенести або скасувати зустріч, зв'яжися з командою:
topic-cost = 💶 Це платно?
topic-confidentiality = 🤐 Це залишиться між нами?
topic-voluntary = 🤝 Це добровільно?
topic-services = 🧰 Чим ви допомагаєте?
topic-appointment = 📅 Запис на зустріч
topic-cancel = ❌ Скасувати зустріч
language-switched = Тепер я пишу тобі українською. Змінити мову: /language
foreign-language = Вибач, твоєю мовою я поки не пишу. Я відповідаю німецькою та англійською. Команда може знайти перекладача: натисни «🙋 Поговорити з людиною».

## Криза
crisis-opening = 💙 Дякую, що ти мені це написав(ла). Це звучить дуже важко – тобі не треба проходити через це самому/самій.
crisis-opening-unsure = 💙 Можливо, я тебе неправильно розумію – але якщо тобі зараз погано або ти в небезпеці: ти не мусиш бути з цим сам(а).
crisis-danger = 🆘 Якщо ти зараз у небезпеці, телефонуй 112 (екстрена допомога) або 110 (поліція). Безкоштовно, вдень і вночі.
crisis-talk = 📞 Ти можеш просто зараз поговорити з кимось, безкоштовно й анонімно:
    • Nummer gegen Kummer (для молоді): 116 111
    • TelefonSeelsorge, вдень і вночі: 0800 111 0 111 або 0800 111 0 222
crisis-violence = 📞 Телефон допомоги від насильства (Hilfetelefon Gewalt gegen Frauen), вдень і вночі, багатьма мовами: 116 016
crisis-shelter = 🛏 Нема де спати цієї ночі? Якщо тобі менше 18, Jugendamt (служба у справах молоді) мусить тебе прийняти – поліція (110) з'єднає тебе будь-коли. Якщо тобі 18 або більше, поліція підкаже, де найближчий нічліг для екстрених випадків.
crisis-team-now = 🙋 Твоє повідомлення передано команді як термінове. Тобі відповідять тут якомога швидше.
crisis-team-later = 🙋 Твоє повідомлення передано команді як термінове. Його прочитають: { $when }. До того часу, будь ласка, зателефонуй за одним із номерів вище – там є хтось для тебе.
crisis-team-soon = 🙋 Твоє повідомлення передано команді як термінове. Тобі відповідять тут, щойно зможуть. До того часу, будь ласка, зателефонуй за одним із номерів вище.

## Передача команді
when-from = { $day }, з { $time }
handover-now = 🙋 Нашу розмову передано команді. Незабаром тобі тут відповідять. Просто пиши далі – команда бачить усе.
handover-later = 🙋 Нашу розмову передано команді. Зараз нікого немає на місці; твої повідомлення прочитають: { $when }. Просто пиши далі – команда бачить усе.
handover-unknown-hours = 🙋 Нашу розмову передано команді. Тобі відповідять тут, щойно зможуть.
handover-already = Ти вже чекаєш на відповідь команди. Просто пиши сюди – команда бачить усе.
handover-direct = З командою можна зв'язатися й напряму:
handover-ack = 📨 Отримано. Команда прочитає твоє повідомлення.
handover-ack-soon = 📨 Отримано. Зараз хтось із команди на місці й незабаром відповість тобі тут.
handover-ack-later = 📨 Отримано. Зараз нікого немає на місці; твоє повідомлення прочитають: { $when }.
handover-still-with-team = 💬 Розмова залишається в команди – це питання вона теж прочитає.
handover-end-button = ✖️ Завершити розмову з командою
handover-ended = Добре, тепер ти знову пишеш мені, цифровому помічникові. Натисни «🙋 Поговорити з людиною», коли знову захочеш до команди.

## Твої дані
command-mydata = Що про мене збережено
command-delete = Видалити мої дані
privacy-rights = 📄 /mydata надішле тобі все, що про тебе збережено · 🗑 /delete видалить це.
mydata-caption = 📄 Це все, що Uli зберігає про тебе. Видалити: /delete
mydata-file-title = Що Uli зберігає про тебе ({ $date })
mydata-pseudonym = Твій псевдонім для команди: { $pseudonym }
mydata-language = Мова: { $language }
mydata-first-seen = Перше повідомлення: { $date }
mydata-conversation = Розмова від { $date }
mydata-you = Ти
mydata-uli = Uli
mydata-team = Команда
mydata-note = Нотатка команди
delete-confirm = 🗑 Видалити все, що про тебе збережено, – твої повідомлення, псевдонім, мову? Це не можна скасувати. Команда побачить лише, що розмову видалено на твоє прохання.
delete-yes = 🗑 Так, видалити все
delete-no = Ні, залишити
delete-done = ✅ Готово: усе видалено. Якщо напишеш знову, почнемо з чистого аркуша. Бережи себе! 👋
delete-kept = Добре, нічого не видалено.
command-name = Назвати команді ім'я
name-how = Називати ім'я не обов'язково. Якщо хочеш, щоб команда зверталася до тебе на ім'я, просто напиши мені його, наприклад «Саша».
name-saved = ✅ Дякую, { $name }! Тепер команда бачить це ім'я. Видалити: /name
name-forgotten = Добре, ім'я видалено. Команда знову бачить лише твій псевдонім.
name-forget-button = 🗑 Видалити моє ім'я
mydata-name = Твоє ім'я для команди: { $name }

## Appointments
button-book = 📅 Запис
command-book = Записатися на зустріч
command-appointments = Мої записи
booking-choose-place = 📍 Де тобі зручно зустрітися?
booking-choose-day = 📅 Коли тобі зручно? Вільний час у { $place }:
booking-no-days = 📅 На жаль, зараз немає вільного часу для запису.
booking-drop-in = 🚶 Або просто приходь без запису: { $day }, { $line }
booking-choose-time = 🕒 Який час тобі підходить ({ $day })?
booking-other-day = 📅 Інший день
booking-choose-topic = Про що йтиметься? Так команда зможе підготуватися. Можна й пропустити.
booking-topic-work = 💼 Навчання/робота
booking-topic-papers = 📄 Посвідка/документи
booking-topic-housing = 🏠 Житло
booking-topic-other = 💬 Інше
booking-topic-skip = ⏭ Пропустити
booking-check = Усе правильно? Запис: { $day } о { $time }, { $place }
booking-check-move = Перенести твій запис? Новий час: { $day } о { $time }, { $place }
booking-yes = ✅ Так, записатися
booking-yes-move = ✅ Так, перенести
booking-other-time = 🔁 Інший час
booking-booked = ✅ Тебе записано!
booking-moved = ✅ Твій запис перенесено!
booking-when = 📅 { $day } о { $time }
booking-where = 📍 { $place }, { $address }
booking-bring = 🎒 Візьми з собою: { $list }
booking-change = Перенести або скасувати запис можна кнопками тут або будь-коли командою /appointments.
booking-move = 🔁 Перенести
booking-cancel = ❌ Скасувати
booking-calendar = 📅 Файл календаря
booking-calendar-caption = 📅 Твій запис як файл календаря: відкрий його, щоб додати до свого календаря.
booking-gone = 😕 На жаль, цей час уже зайнятий. Ось інші варіанти:
booking-day-full = 😕 На жаль, цього дня вільних записів немає ({ $day }). Ось інші дні:
booking-taken = 😕 Вибач, хтось був швидшим: цей час щойно зайняли. Ось інший вільний час:
booking-list-title = 📅 Твої записи:
booking-list-item = 📅 { $day } о { $time }, { $place }
booking-list-empty = Зараз у тебе немає записів. Записатися: /book
booking-cancel-ask = Ти справді хочеш скасувати цей запис: { $day } о { $time }?
booking-cancel-yes = ❌ Так, скасувати
booking-cancel-no = Ні, залишити
booking-cancelled = Добре, запис скасовано: { $day } о { $time }. Записатися знову: /book
booking-kept = 👍 Добре, запис залишається.
booking-not-found = Я більше не знаходжу цей запис – можливо, його вже скасовано або він минув. Твої записи: /appointments
booking-ics-summary = Зустріч: { $name }
booking-by-team = ✅ Команда записала тебе на зустріч!
booking-cancelled-by-team = 😕 На жаль, команді довелося скасувати твій запис: { $day } о { $time }. Запишися знову або напиши нам.
reminder-title = ⏰ Нагадування: твоя зустріч – { $day } о { $time }.
reminder-change = Не виходить? Перенеси або скасуй запис тут, щоб цей час отримав хтось інший.
mydata-appointment = Запис: { $date }, { $place }
mydata-status-booked = записано
mydata-status-cancelled = скасовано
mydata-status-attended = відбулося
mydata-status-missed = пропущено

## Console: the caseworkers' web console (console/) and its canned replies.
# The console's own words; `canned-…` are replies a caseworker can send (young people read them).
console-title = Консоль консультантів
console-inbox = Вхідні
console-admin-users = Облікові записи
console-logout = Вийти
console-ui-language = Мова
console-login = Увійти
console-email = Ел. пошта
console-password = Пароль
console-new-password = Новий пароль (залиш порожнім, щоб не змінювати)
console-login-wrong = Неправильна ел. пошта або пароль.
console-login-throttled = Забагато невдалих спроб. Спробуй знову через { $number } хв.
console-tab-waiting = Очікують
console-tab-mine = Мої
console-tab-open = Усі відкриті
console-tab-closed = Закриті
console-inbox-empty = Зараз тут нікого немає.
console-inbox-more = Показати ще розмови
console-no-contact-points = Ти поки не належиш до жодного пункту допомоги. Адміністратор може тебе додати.
console-column-waiting = Чекає
console-column-person = Особа
console-column-language = Мова
console-column-contact-point = Пункт допомоги
console-column-last-message = Останнє повідомлення
console-column-who = Хто бере
console-urgent = Терміново
console-urgent-long = Терміново: Uli помітив ознаки кризи. Будь ласка, відповідай насамперед.
console-unreachable-short = недоступний
console-unreachable = Ця особа заблокувала Uli: повідомлення не дійдуть, доки вона знову не напише.
console-suggested = Пропозиція: { $name }
console-nobody-speaks = Ніхто в команді не розмовляє мовою: { $name }
console-language-unknown = невідома
console-language-of-person = Мова особи
console-status-bot = в Uli
console-status-waiting = чекає
console-status-assigned = у роботі
console-status-closed = закрита
console-assigned-to = у: { $name }
console-waiting-since = чекає вже { $since }
console-minutes = { $number } хв
console-hours = { $number } год
console-days = { $number } дн.
console-claim = Взяти собі
console-release = Повернути
console-assign = Передати
console-close = Закрити
console-reopen = Відкрити знову
console-reply-to = Відповідь – особа читає мовою: { $name }
console-canned = Шаблон відповіді
console-send = Надіслати
console-note-add = Внутрішня нотатка
console-note-hint = Нотатки бачить лише команда; їх ніколи не надсилають особі.
console-note-save = Зберегти нотатку
console-notes = Нотатки
console-notes-none = Нотаток поки немає.
console-delivery-pending = ⏳ доставляється
console-delivery-sent = ✓ доставлено
console-delivery-unreachable = ✗ не доставлено: заблоковано
console-delivery-rejected = ✗ відхилено Telegram
console-open-media = Відкрити
console-older-messages = Старіші повідомлення
console-kind-text = Текст
console-kind-command = Команда
console-kind-button = Натиснуто кнопку
console-kind-sticker = Стікер
console-kind-photo = Фото
console-kind-voice = Голосове повідомлення
console-kind-video = Відео
console-kind-document = Документ
console-kind-location = Місцезнаходження
console-kind-contact_card = Контакт
console-kind-edited = Змінене повідомлення
console-kind-other = Інше повідомлення
console-former-colleague = колишній співробітник
console-canned-hello = Привітання
console-canned-more = Попросити детальніше
console-canned-appointment = Запропонувати зустріч
console-canned-documents = Що принести
console-canned-later = Відповім пізніше
console-canned-goodbye = Прощання
console-error-empty = Текст порожній.
console-error-too-long = Текст задовгий.
console-error-closed = Розмову закрито. Спершу відкрий її знову.
console-error-not-member = Цей співробітник не працює в цьому пункті допомоги.
console-error-not-closed = Розмову не закрито.
console-error-newer-open = Особа вже пише в новішій розмові. Відповідай там.
console-error-email = Це неправильна адреса ел. пошти.
console-error-email-taken = Обліковий запис із цією ел. поштою вже є.
console-error-password = Пароль має містити щонайменше 10 символів.
console-error-password-spaces = Пароль складається лише з пробілів. Обери інший.
console-error-password-repeated = Пароль — це один символ, що повторюється. Обери інший.
console-error-password-sequence = Пароль — це ряд на кшталт 12345678 або abcdefgh. Обери інший.
console-error-password-digits = Пароль складається лише з цифр. Додай літери або знаки.
console-error-password-email = Пароль збігається з адресою електронної пошти. Обери інший.
console-error-nul = У полі є невидимий керівний символ (NUL), його не можна зберегти. Введи текст заново.
console-error-name = Ім’я має містити від 1 до 80 символів.
console-error-languages = Вкажи мови кодами через кому, наприклад de,ar,fa.
console-error-contact-points = Невідомий пункт допомоги.
console-error-role = Невідома роль.
console-error-self = Не можна забрати в себе роль адміністратора чи вимкнути свій обліковий запис.
console-error-no-account = Такого облікового запису немає.
console-error-admin-only = Обліковими записами керують лише адміністратори.
console-error-csrf = Сторінка була відкрита надто довго. Онови її та спробуй ще раз.
console-page-forbidden = Немає доступу
console-page-forbidden-text = Ця сторінка лише для адміністраторів.
console-page-not-found = Не знайдено
console-page-not-found-text = Такої розмови чи сторінки немає – або вона належить до іншого пункту допомоги.
console-page-failed = Не вдалося
console-name = Ім’я
console-role = Роль
console-role-caseworker = Консультант
console-role-admin = Адміністратор
console-languages = Мови
console-contact-points = Пункти допомоги
console-active = активний
console-admin-new-user = Новий обліковий запис
console-save = Зберегти
canned-hello = Привіт, це { $name } з команди. Твоє повідомлення дійшло, скоро відповім детальніше.
canned-more = Розкажеш трохи більше, про що йдеться? Можна й голосовим повідомленням.
canned-appointment = Домовимося про зустріч? Напиши, в які дні й о котрій годині тобі зручно.
canned-documents = Будь ласка, візьми на зустріч папери, які маєш (наприклад, паспорт, документ про перебування, листи з установ). Якщо чогось немає – нічого страшного, все одно приходь.
canned-later = Зараз не можу відповісти детально. Напишу тобі не пізніше наступного робочого дня.
canned-goodbye = Дякую за повідомлення! Якщо ще щось знадобиться, просто напиши знову. Усього найкращого!
console-admin-access-log = Журнал доступу
console-log-hint = Хто що читав або робив у консолі, спочатку нові. Записи ніхто не може змінити чи видалити. Час в UTC.
console-log-who = Хто
console-log-action = Дія
console-log-conversation = Розмова
console-log-since = З (дата)
console-log-until = По (дату)
console-log-filter = Фільтрувати
console-log-any = усі
console-log-when = Коли
console-log-detail = Подробиці
console-log-nobody = – (немає облікового запису)
console-log-newer = новіші
console-log-older = старіші
console-log-page = Сторінка { $number } з { $max }
console-log-empty = Записів немає.
console-action-view_conversation = Розмову прочитано
console-action-open_media = Файл відкрито
console-action-export = Експорт
console-action-delete_request = Видалено на прохання людини
console-action-reply = Відповідь надіслано
console-action-claim = Взято
console-action-assign = Призначено
console-action-release = Повернуто
console-action-close = Закрито
console-action-reopen = Відкрито знову
console-action-note = Нотатку додано
console-action-login = Вхід
console-action-login_failed = Невдалий вхід
console-action-logout = Вихід
console-action-user_created = Обліковий запис створено
console-action-user_changed = Обліковий запис змінено
console-action-view_appointments = Список записів переглянуто
console-action-appointment_book = Запис створено
console-action-appointment_cancel = Запис скасовано
console-action-appointment_mark = Запис позначено (прийшов/не прийшов)
console-given-name = ім'я, яке молода людина назвала в чаті
console-appt-nav = Записи
console-appt-title = Записи на прийом
console-appt-place = Місце
console-appt-show = Показати
console-appt-day = День
console-appt-week = Тиждень
console-appt-previous-day = ← Попередній день
console-appt-next-day = Наступний день →
console-appt-previous-week = ← Попередній тиждень
console-appt-next-week = Наступний тиждень →
console-appt-today = Сьогодні
console-appt-week-of = Тиждень з { $start } по { $end }
console-appt-no-places = Жоден із твоїх пунктів допомоги не веде запис на прийом.
console-appt-none = Записів немає.
console-appt-free-title = Вільно
console-appt-free = { $time } – вільно { $number } з { $max }
console-appt-free-none = Вільного часу немає.
console-appt-column-time = Час
console-appt-column-topic = Тема
console-appt-column-status = Статус
console-appt-column-actions = Дії
console-appt-status-booked = заплановано
console-appt-status-attended = прийшов(ла)
console-appt-status-missed = не прийшов(ла)
console-appt-status-cancelled = скасовано
console-appt-booked-by = записав(ла): { $name }
console-appt-open-conversation = Розмова
console-appt-attended = Прийшов(ла)
console-appt-missed = Не прийшов(ла)
console-appt-cancel = Скасувати …
console-appt-cancel-title = Скасувати запис?
console-appt-cancel-text = Особа одразу отримає повідомлення своєю мовою ({ $language }), що запис скасовано. Нагадування не надсилатимуться.
console-appt-cancel-confirm = Так, скасувати й повідомити
console-appt-cancel-back = Ні, назад
console-appt-upcoming = Записи
console-appt-upcoming-none = Майбутніх записів немає.
console-appt-book = Записати на прийом
console-appt-slot = Вільний час
console-appt-slot-option = { $day } { $time } (вільно { $number } з { $max })
console-appt-topic = Тема (за бажанням)
console-appt-book-submit = Записати
console-appt-book-hint = Особа отримає підтвердження своєю мовою, а перед зустріччю – нагадування.
console-appt-no-slots = У найближчі 14 днів вільного часу немає.
console-appt-not-bookable = Для цієї розмови немає місця із записом на прийом.
console-error-no-slot = Такого часу немає (або він минув). Вибери час зі списку.
console-error-slot-full = Цей час уже зайнятий. Вибери інший.
console-error-not-booked = Цей запис (уже) не діє.
console-error-bad-status = Познач: особа прийшла чи не прийшла.
console-error-already-booked = Особа вже має запис на цей час.
console-error-past = Зустріч уже почалася. Замість скасування познач, чи особа прийшла.
console-error-not-yet = Запис можна позначити лише в його день або пізніше.
console-deleted-title = Видалено на прохання особи (останні { $number } дн.)
console-deleted-notice = Розмова №{ $number } · { $place } · видалена { $day } о { $time } на прохання особи. З неї більше нічого не зберігається.
console-page-deleted = Розмову видалено
console-page-deleted-text = Цю розмову видалено на прохання особи { $day } о { $time }. З неї більше нічого не зберігається.
## End of console section

# Follow-ups after an appointment (flows/appointments/follow_ups.py)
follow-up-attended = Як пройшла твоя зустріч у нас? Якщо хочеш, можеш одразу записатися ще раз – або написати комусь із команди.
follow-up-missed = Ми чекали на тебе на зустрічі. Нічого страшного – хочеш записатися знову? Або напиши комусь із команди.

# A typed question answered by the FAQ of a service not chosen yet: whose answer it is.
faq-from-service = Відповідь від { $name }:
