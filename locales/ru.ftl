# Uli – тексты на русском. Плейсхолдеры вроде { $name } не переводить.
# Короткие, простые предложения: многие читатели молоды или только учат язык.

## Приветствие и язык
welcome = Привет! 👋 Я { $persona }, цифровой помощник организации { $organisation }.
    Я сразу отвечаю на твои вопросы – даже ночью.
    Я компьютерная программа, а не человек. Если хочешь поговорить с человеком, просто скажи.
privacy-short = 🔒 Коротко о защите данных: называть своё имя не нужно.
    Мы сохраняем твои сообщения, чтобы команда могла тебе помочь, – но не твой номер телефона и не фото профиля.
    Ты можешь в любой момент попросить нас всё удалить. Подробнее: /privacy
privacy-short-kept = 🗓 Разговоры удаляются через { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    } после последнего сообщения.
choose-language = На каком языке мне писать?
language-set = Хорошо, теперь я буду писать тебе по-русски.
language-kept = Я пишу тебе по-русски. Язык можно поменять в любой момент командой /language.
choose-service = Какая программа тебе интересна? Нажми на неё:
service-intro = Ты здесь: { $name }. { $summary }
service-ask = Что ты хочешь узнать?
menu-prompt = Что ты хочешь узнать? Нажми на кнопку.

## Кнопки
button-hours = 🕒 Часы работы
button-where = 📍 Где?
button-who = 👥 Для кого?
button-languages = 🗣 Языки
button-faq = ❓ Частые вопросы
button-person = 🙋 Поговорить с человеком
button-change-language = 🌐 Язык
button-change-service = 🔄 Другая программа
button-menu = ⬅️ Меню

## Команды (меню Telegram)
command-start = Начать заново
command-help = Что умеет Uli?
command-hours = Часы работы
command-language = Сменить язык
command-menu = Показать меню
command-privacy = Защита данных

## Часы работы
hours-title = 🕒 Часы работы: { $name }
hours-window = { $start }–{ $end } · { $place } ({ $kind ->
        [appointment] только по записи
       *[drop_in] открытый приём, без записи
    })
hours-open-now = ✅ Сейчас открыто: { $line }
hours-next = ⏳ Сейчас закрыто. В следующий раз: { $day }, { $line }
hours-none-known = Сейчас время работы не указано. Пожалуйста, позвони или напиши на почту.
hours-closed-today = Сегодня закрыто: { $reason }
day-today = сегодня, { $day }
day-tomorrow = завтра, { $day }
hours-week-title = Ближайшие 7 дней:
hours-appointment-hint = Записаться можно по телефону или почте – нажми «🙋 Поговорить с человеком».
hours-appointment-book = 📅 Записаться можно прямо здесь: нажми «{ $button }» или напиши /book.
hours-closed = закрыто
hours-holiday = праздник ({ $name })
hours-closed-because = закрыто ({ $reason })
programme-ended = ⚠️ Программа { $name } закончилась { $since }. Её больше нет.
programme-not-started = Программа { $name } начнётся { $starts }.
programme-alternatives = Вот программы, которые работают сейчас, – может быть, одна из них тебе подойдёт:
programme-no-alternatives = К сожалению, сейчас я не знаю другой подходящей программы. В экстренном случае: 112. Nummer gegen Kummer: 116 111 (бесплатно).

## Место
where-title = 📍 Вот где находится { $name }:

## Для кого
who-title = 👥 Для кого { $name }?
who-age = Возраст: от { $min } до { $max } { $max ->
        [one] года
       *[other] лет
    }
who-residence = Статус пребывания: { $list }
who-areas = Где ты живёшь: { $list }
who-offers = Что предлагают: { $list }
residence-any = любой
residence-duldung = Duldung (временная отсрочка депортации)
residence-gestattung = Gestattung (разрешение на пребывание на время процедуры предоставления убежища)
residence-residence_permit = вид на жительство
residence-eu_citizen = граждане ЕС
offer-clearing = короткая консультация (Clearing)
offer-case_management = сопровождение в течение долгого времени (Case Management)
offer-street_work = уличная социальная работа (Streetwork)
offer-open_consultation = открытый приём
offer-appointments = консультация по записи
offer-coaching = коучинг
offer-interpreters = переводчики
promise-free = бесплатно
promise-voluntary = добровольно
promise-anonymous = можно без имени

## Языки
languages-counselling = 🗣 Консультации в { $name } на языках: { $list }.
languages-interpreters = Для других языков есть переводчики.
languages-bring-someone = Можно взять с собой кого-то, кто будет переводить.
languages-uli = Здесь в чате я пишу по-немецки, по-английски, по-русски, по-арабски, по-турецки, по-украински и по-персидски.

## Связаться с человеком
person-title = 🙋 Как связаться с командой { $name }:
person-phone = 📞 Телефон: { $phone }
person-sms = 💬 SMS/мессенджер: { $number }
person-email = ✉️ Почта: { $email }
person-drop-in-now = 🚪 Можно прийти сейчас без записи: { $line }
person-drop-in-next = 🚪 Прийти без записи: { $day }, { $line }
person-appointment-only = { $book ->
        [yes] 📅 Консультация только по записи – запишись прямо здесь в чате через /book, позвони или напиши на почту.
       *[no] 📅 Консультация только по записи – позвони или напиши на почту.
    }
crisis-short = 🆘 В экстренном случае: 112. Разговор помогает: Nummer gegen Kummer 116 111, TelefonSeelsorge 0800 111 0 111 – бесплатно и анонимно.

## Частые вопросы
faq-title = ❓ Частые вопросы – нажми на вопрос:

## Помощь и защита данных
help = Я { $persona }. Я подскажу тебе, когда и где работает программа, для кого она и на каких языках там консультируют. Просто напиши свой вопрос или нажимай на кнопки.
help-commands = Ещё ты можешь написать мне:
privacy-full = 🔒 Защита данных
    Кто отвечает за данные: { $organisation }.
    Что мы сохраняем: твои сообщения здесь в чате, твой язык и выбранную тобой программу. Твоё имя, имя пользователя, фото профиля и номер телефона не сохраняются – имя только если ты сам(а) назовёшь его командой /name. Команда видит только псевдоним.
    Зачем: чтобы мы могли ответить на твои вопросы и помочь тебе. Без твоего согласия мы ничего никому не передаём – ни властям, ни родителям. Даже если тебе ещё нет 18, ты можешь говорить с нами так, что родители об этом не узнают. Только если жизнь или безопасность человека находится в серьёзной опасности, команда обязана действовать.
    Ты можешь в любой момент спросить, что сохранено, и попросить всё удалить. Контакт: { $contact }
privacy-retention = 🗓 Как долго: разговор удаляется через { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    } после последнего сообщения – через { $days_unanswered } { $days_unanswered ->
        [one] день
        [few] дня
       *[many] дней
    }, если в нём не участвовал никто из команды.
privacy-link = 📄 Полный текст: { $url }

## Что я не понимаю
unknown-command = Такой команды я не знаю. Попробуй /help или нажми на кнопку.
stale-button = Эта кнопка больше не работает. Вот актуальное меню:
media-sticker = 😊 Спасибо! Я могу читать только текст и кнопки.
media-file = 📎 Фото, видео и файлы я здесь открыть не могу. Пожалуйста, не присылай сюда документы с личными данными – лучше принеси их на встречу.
media-voice = 🎤 К сожалению, я не могу слушать голосовые сообщения. Напиши мне пару слов или нажми на кнопку.
media-location = 📍 Спасибо, твоё местоположение мне не нужно. В разделе «📍 Где?» видно, где мы находимся.
media-contact-card = Спасибо! Контакты я не сохраняю.
media-edited = ✏️ Сообщение изменено. Я читаю только новые сообщения – пожалуйста, пришли его ещё раз.
media-other = К сожалению, я не могу это прочитать. Напиши мне или нажми на кнопку.
not-understood = К сожалению, я пока этого не понимаю. 🙈 Нажми на кнопку – или на «🙋 Поговорить с человеком», и тебе здесь ответит кто-то из команды.
error-sorry = Извини, у меня что-то пошло не так. Пожалуйста, попробуй ещё раз чуть позже. В экстренном случае: 112 · Nummer gegen Kummer 116 111.

## Вопросы, написанные текстом
not-sure = Я не совсем уверен, что ты имеешь в виду. 🤔 Может быть, что-то из этого? Или тебе ответит кто-то из команды.
service-first = Я могу на это ответить – сначала скажи, какая программа тебя интересует:
answer-greeting = Привет! 👋 Что ты хочешь узнать? Просто напиши свой вопрос или нажми на кнопку.
answer-thanks = Пожалуйста! 😊 Пиши в любое время, если будут ещё вопросы.
answer-hours-day = 🕒 { $name } – { $day }:
answer-hours-day-closed = В этот день закрыто.
answer-hours-open-again = ⏳ Снова открыто: { $day }, { $line }
answer-cost-free = 💶 { $name } – это для тебя бесплатно.
answer-cost-ask = 💶 Стоит ли здесь что-то денег, тебе скажет команда – нажми «🙋 Поговорить с человеком».
answer-voluntary = 🤝 Приходить в { $name } – добровольно. Ты сам(а) решаешь, о чём говорить, и можешь в любой момент перестать.
answer-voluntary-ask = 🤝 Добровольное ли участие, тебе скажет команда – нажми «🙋 Поговорить с человеком».
answer-confidential-anonymous = 🤐 Называть своё имя не нужно. Команда не рассказывает другим то, что ты говоришь, и ничего не передаёт без твоего согласия – ни ведомствам, ни родителям. Только если жизнь или безопасность кого-то в серьёзной опасности, команда обязана действовать.
answer-confidential = 🤐 Команда не рассказывает другим то, что ты говоришь, и ничего не передаёт без твоего согласия – ни ведомствам, ни родителям. Только если жизнь или безопасность кого-то в серьёзной опасности, команда обязана действовать.
answer-services = 🧰 Что { $name } делает для тебя:
answer-appointment = 📅 Чтобы записаться, перенести или отменить встречу, свяжись с командой:
topic-cost = 💶 Это платно?
topic-confidentiality = 🤐 Это останется между нами?
topic-voluntary = 🤝 Это добровольно?
topic-services = 🧰 Чем вы помогаете?
topic-appointment = 📅 Запись на встречу
topic-cancel = ❌ Отменить встречу
language-switched = Теперь я пишу тебе по-русски. Поменять язык: /language
foreign-language = Извини, на твоём языке я пока не пишу. Я отвечаю по-немецки и по-английски. Команда может найти переводчика: нажми «🙋 Поговорить с человеком».

## Кризис
crisis-opening = 💙 Спасибо, что ты мне это написал(а). Это звучит очень тяжело – тебе не нужно справляться с этим в одиночку.
crisis-opening-unsure = 💙 Может быть, я тебя неправильно понимаю – но если тебе сейчас плохо или ты в опасности: тебе не нужно справляться с этим в одиночку.
crisis-danger = 🆘 Если ты сейчас в опасности, звони 112 (экстренная помощь) или 110 (полиция). Бесплатно, днём и ночью.
crisis-talk = 📞 Ты можешь прямо сейчас поговорить с кем-то, бесплатно и анонимно:
    • Nummer gegen Kummer (для молодых людей): 116 111
    • TelefonSeelsorge, днём и ночью: 0800 111 0 111 или 0800 111 0 222
crisis-violence = 📞 Телефон помощи при насилии (Hilfetelefon Gewalt gegen Frauen), днём и ночью, на многих языках: 116 016
crisis-shelter = 🛏 Негде спать сегодня ночью? Если тебе меньше 18, Jugendamt (служба по делам молодёжи) обязан тебя принять – полиция (110) свяжет тебя в любое время. Если тебе 18 или больше, полиция подскажет, где ближайший ночлег для экстренных случаев.
crisis-team-now = 🙋 Твоё сообщение передано команде как срочное. Тебе ответят здесь как можно скорее.
crisis-team-later = 🙋 Твоё сообщение передано команде как срочное. Его прочитают: { $when }. До тех пор, пожалуйста, позвони по одному из номеров выше – там есть кто-то для тебя.
crisis-team-soon = 🙋 Твоё сообщение передано команде как срочное. Тебе ответят здесь, как только смогут. До тех пор, пожалуйста, позвони по одному из номеров выше.

## Передача команде
when-from = { $day }, с { $time }
handover-now = 🙋 Наш разговор передан команде. Скоро тебе здесь ответят. Просто пиши дальше – команда видит всё.
handover-later = 🙋 Наш разговор передан команде. Сейчас никого нет на месте; твои сообщения прочитают: { $when }. Просто пиши дальше – команда видит всё.
handover-unknown-hours = 🙋 Наш разговор передан команде. Тебе ответят здесь, как только смогут.
handover-already = Ты уже ждёшь ответа команды. Просто пиши сюда – команда видит всё.
handover-direct = С командой можно связаться и напрямую:
handover-ack = 📨 Получено. Команда прочитает твоё сообщение.
handover-ack-soon = 📨 Получено. Сейчас кто-то из команды на месте и скоро ответит тебе здесь.
handover-ack-later = 📨 Получено. Сейчас никого нет на месте; твоё сообщение прочитают: { $when }.
handover-still-with-team = 💬 Разговор остаётся у команды – этот вопрос она тоже прочитает.
handover-end-button = ✖️ Закончить разговор с командой
handover-ended = Хорошо, теперь ты снова пишешь мне, цифровому помощнику. Нажми «🙋 Поговорить с человеком», когда снова захочешь к команде.

## Твои данные
command-mydata = Что обо мне сохранено
command-delete = Удалить мои данные
privacy-rights = 📄 /mydata пришлёт тебе всё, что о тебе сохранено · 🗑 /delete удалит это.
mydata-caption = 📄 Это всё, что Uli сохраняет о тебе. Удалить: /delete
mydata-file-title = Что Uli сохраняет о тебе ({ $date })
mydata-pseudonym = Твой псевдоним для команды: { $pseudonym }
mydata-language = Язык: { $language }
mydata-first-seen = Первое сообщение: { $date }
mydata-conversation = Разговор от { $date }
mydata-you = Ты
mydata-uli = Uli
mydata-team = Команда
mydata-note = Заметка команды
delete-confirm = 🗑 Удалить всё, что о тебе сохранено, – твои сообщения, псевдоним, язык? Это нельзя отменить. Команда увидит только, что разговор удалён по твоей просьбе.
delete-yes = 🗑 Да, удалить всё
delete-no = Нет, оставить
delete-done = ✅ Готово: всё удалено. Если напишешь снова, начнём с чистого листа. Береги себя! 👋
delete-kept = Хорошо, ничего не удалено.
command-name = Назвать команде имя
name-how = Называть имя не обязательно. Если хочешь, чтобы команда обращалась к тебе по имени, просто напиши мне его, например «Саша».
name-saved = ✅ Спасибо, { $name }! Теперь команда видит это имя. Удалить: /name
name-forgotten = Хорошо, имя удалено. Команда снова видит только твой псевдоним.
name-forget-button = 🗑 Удалить моё имя
mydata-name = Твоё имя для команды: { $name }

## Appointments
button-book = 📅 Запись
command-book = Записаться на приём
command-appointments = Мои записи
booking-choose-place = 📍 Где тебе удобно встретиться?
booking-choose-day = 📅 Когда тебе удобно? Свободное время в { $place }:
booking-no-days = 📅 К сожалению, сейчас нет свободного времени для записи.
booking-drop-in = 🚶 Или просто приходи без записи: { $day }, { $line }
booking-choose-time = 🕒 Какое время тебе подходит ({ $day })?
booking-other-day = 📅 Другой день
booking-choose-topic = О чём пойдёт речь? Так команда сможет подготовиться. Можно и пропустить.
booking-topic-work = 💼 Учёба/работа
booking-topic-papers = 📄 Вид на жительство/документы
booking-topic-housing = 🏠 Жильё
booking-topic-other = 💬 Другое
booking-topic-skip = ⏭ Пропустить
booking-check = Всё верно? Запись: { $day } в { $time }, { $place }
booking-check-move = Перенести твою запись? Новое время: { $day } в { $time }, { $place }
booking-yes = ✅ Да, записаться
booking-yes-move = ✅ Да, перенести
booking-other-time = 🔁 Другое время
booking-booked = ✅ Ты записан(а)!
booking-moved = ✅ Твоя запись перенесена!
booking-when = 📅 { $day } в { $time }
booking-where = 📍 { $place }, { $address }
booking-bring = 🎒 Возьми с собой: { $list }
booking-change = Перенести или отменить запись можно кнопками здесь или в любое время командой /appointments.
booking-move = 🔁 Перенести
booking-cancel = ❌ Отменить
booking-calendar = 📅 Файл календаря
booking-calendar-caption = 📅 Твоя запись как файл календаря: открой его, чтобы добавить в свой календарь.
booking-gone = 😕 К сожалению, это время уже занято. Вот другие варианты:
booking-day-full = 😕 К сожалению, в этот день свободных записей нет ({ $day }). Вот другие дни:
booking-taken = 😕 Извини, кто-то оказался быстрее: это время только что заняли. Вот другое свободное время:
booking-list-title = 📅 Твои записи:
booking-list-item = 📅 { $day } в { $time }, { $place }
booking-list-empty = Сейчас у тебя нет записей. Записаться: /book
booking-cancel-ask = Ты точно хочешь отменить эту запись: { $day } в { $time }?
booking-cancel-yes = ❌ Да, отменить
booking-cancel-no = Нет, оставить
booking-cancelled = Хорошо, запись отменена: { $day } в { $time }. Записаться снова: /book
booking-kept = 👍 Хорошо, запись остаётся.
booking-not-found = Я больше не нахожу эту запись – возможно, она уже отменена или прошла. Твои записи: /appointments
booking-ics-summary = Приём: { $name }
booking-by-team = ✅ Команда записала тебя на встречу!
booking-cancelled-by-team = 😕 К сожалению, команде пришлось отменить твою запись: { $day } в { $time }. Запишись снова или напиши нам.
reminder-title = ⏰ Напоминание: твоя встреча – { $day } в { $time }.
reminder-change = Не получается? Перенеси или отмени запись здесь, чтобы это время досталось кому-то другому.
mydata-appointment = Запись: { $date }, { $place }
mydata-status-booked = записан(а)
mydata-status-cancelled = отменено
mydata-status-attended = состоялось
mydata-status-missed = пропущено

## Console: the caseworkers' web console (console/) and its canned replies.
# The console's own words; `canned-…` are replies a caseworker can send (young people read them).
console-title = Консоль консультантов
console-inbox = Входящие
console-admin-users = Учётные записи
console-logout = Выйти
console-ui-language = Язык
console-login = Войти
console-email = Эл. почта
console-password = Пароль
console-new-password = Новый пароль (оставь пустым, чтобы не менять)
console-login-wrong = Неверная эл. почта или пароль.
console-login-throttled = Слишком много неудачных попыток. Попробуй снова через { $number } мин.
console-tab-waiting = Ожидают
console-tab-mine = Мои
console-tab-open = Все открытые
console-tab-closed = Закрытые
console-inbox-empty = Сейчас здесь никого нет.
console-inbox-more = Показать ещё разговоры
console-no-contact-points = Ты пока не относишься ни к одному пункту помощи. Администратор может тебя добавить.
console-column-waiting = Ждёт
console-column-person = Человек
console-column-language = Язык
console-column-contact-point = Пункт помощи
console-column-last-message = Последнее сообщение
console-column-who = Кто берёт
console-urgent = Срочно
console-urgent-long = Срочно: Uli заметил признаки кризиса. Пожалуйста, ответь в первую очередь.
console-unreachable-short = недоступен
console-unreachable = Этот человек заблокировал Uli: сообщения не дойдут, пока он снова не напишет.
console-suggested = Предложение: { $name }
console-nobody-speaks = Никто в команде не говорит на языке: { $name }
console-language-unknown = неизвестен
console-language-of-person = Язык человека
console-status-bot = у Uli
console-status-waiting = ждёт
console-status-assigned = в работе
console-status-closed = закрыт
console-assigned-to = у: { $name }
console-waiting-since = ждёт уже { $since }
console-minutes = { $number } мин.
console-hours = { $number } ч
console-days = { $number } дн.
console-claim = Взять себе
console-release = Вернуть
console-assign = Передать
console-close = Закрыть
console-reopen = Открыть снова
console-reply-to = Ответ – человек читает на языке: { $name }
console-canned = Шаблон ответа
console-send = Отправить
console-note-add = Внутренняя заметка
console-note-hint = Заметки видит только команда; они никогда не отправляются человеку.
console-note-save = Сохранить заметку
console-notes = Заметки
console-notes-none = Заметок пока нет.
console-delivery-pending = ⏳ доставляется
console-delivery-sent = ✓ доставлено
console-delivery-unreachable = ✗ не доставлено: заблокировано
console-delivery-rejected = ✗ отклонено Telegram
console-open-media = Открыть
console-older-messages = Более ранние сообщения
console-kind-text = Текст
console-kind-command = Команда
console-kind-button = Нажата кнопка
console-kind-sticker = Стикер
console-kind-photo = Фото
console-kind-voice = Голосовое сообщение
console-kind-video = Видео
console-kind-document = Документ
console-kind-location = Местоположение
console-kind-contact_card = Контакт
console-kind-edited = Изменённое сообщение
console-kind-other = Другое сообщение
console-former-colleague = бывший сотрудник
console-canned-hello = Приветствие
console-canned-more = Попросить подробнее
console-canned-appointment = Предложить встречу
console-canned-documents = Что принести
console-canned-later = Отвечу позже
console-canned-goodbye = Прощание
console-error-empty = Текст пустой.
console-error-too-long = Текст слишком длинный.
console-error-closed = Разговор закрыт. Сначала открой его снова.
console-error-not-member = Этот сотрудник не работает в этом пункте помощи.
console-error-not-closed = Разговор не закрыт.
console-error-newer-open = Человек уже пишет в более новом разговоре. Ответь там.
console-error-email = Это неправильный адрес эл. почты.
console-error-email-taken = Учётная запись с этой эл. почтой уже есть.
console-error-password = Пароль должен быть не короче 10 символов.
console-error-password-spaces = Пароль состоит только из пробелов. Выбери другой.
console-error-password-repeated = Пароль — это один повторяющийся символ. Выбери другой.
console-error-password-sequence = Пароль — это ряд вроде 12345678 или abcdefgh. Выбери другой.
console-error-password-digits = Пароль состоит только из цифр. Добавь буквы или знаки.
console-error-password-email = Пароль совпадает с адресом электронной почты. Выбери другой.
console-error-nul = В поле есть невидимый управляющий символ (NUL), его нельзя сохранить. Введи текст заново.
console-error-name = Имя должно содержать от 1 до 80 символов.
console-error-languages = Укажи языки кодами через запятую, например de,ar,fa.
console-error-contact-points = Неизвестный пункт помощи.
console-error-role = Неизвестная роль.
console-error-self = Нельзя отнять у себя роль администратора или отключить свою учётную запись.
console-error-no-account = Такой учётной записи нет.
console-error-admin-only = Учётными записями управляют только администраторы.
console-error-csrf = Страница была открыта слишком долго. Обнови её и попробуй ещё раз.
console-page-forbidden = Нет доступа
console-page-forbidden-text = Эта страница только для администраторов.
console-page-not-found = Не найдено
console-page-not-found-text = Такого разговора или страницы нет – или они относятся к другому пункту помощи.
console-page-failed = Не получилось
console-name = Имя
console-role = Роль
console-role-caseworker = Консультант
console-role-admin = Администратор
console-languages = Языки
console-contact-points = Пункты помощи
console-active = активна
console-admin-new-user = Новая учётная запись
console-save = Сохранить
canned-hello = Привет, это { $name } из команды. Твоё сообщение дошло, скоро отвечу подробнее.
canned-more = Расскажешь немного подробнее, о чём речь? Можно и голосовым сообщением.
canned-appointment = Давай договоримся о встрече? Напиши, в какие дни и в какое время тебе удобно.
canned-documents = Пожалуйста, возьми на встречу бумаги, которые у тебя есть (например, паспорт, документ о пребывании, письма из ведомств). Если чего-то нет – ничего страшного, всё равно приходи.
canned-later = Сейчас не могу ответить подробно. Напишу тебе не позже следующего рабочего дня.
canned-goodbye = Спасибо за сообщение! Если что-то ещё понадобится, просто напиши снова. Всего хорошего!
console-admin-access-log = Журнал доступа
console-log-hint = Кто что читал или делал в консоли, сначала новые. Записи никто не может изменить или удалить. Время в UTC.
console-log-who = Кто
console-log-action = Действие
console-log-conversation = Разговор
console-log-since = С (дата)
console-log-until = По (дату)
console-log-filter = Фильтровать
console-log-any = все
console-log-when = Когда
console-log-detail = Подробности
console-log-nobody = – (нет учётной записи)
console-log-newer = новее
console-log-older = старее
console-log-page = Страница { $number } из { $max }
console-log-empty = Записей нет.
console-action-view_conversation = Разговор прочитан
console-action-open_media = Файл открыт
console-action-export = Экспорт
console-action-delete_request = Удалено по просьбе человека
console-action-reply = Ответ отправлен
console-action-claim = Взято
console-action-assign = Назначено
console-action-release = Возвращено
console-action-close = Закрыто
console-action-reopen = Открыто снова
console-action-note = Заметка добавлена
console-action-login = Вход
console-action-login_failed = Неудачный вход
console-action-logout = Выход
console-action-user_created = Учётная запись создана
console-action-user_changed = Учётная запись изменена
console-action-view_appointments = Список записей просмотрен
console-action-appointment_book = Запись создана
console-action-appointment_cancel = Запись отменена
console-action-appointment_mark = Запись отмечена (пришёл/не пришёл)
console-given-name = имя, которое молодой человек назвал в чате
console-appt-nav = Записи
console-appt-title = Записи на приём
console-appt-place = Место
console-appt-show = Показать
console-appt-day = День
console-appt-week = Неделя
console-appt-previous-day = ← Предыдущий день
console-appt-next-day = Следующий день →
console-appt-previous-week = ← Предыдущая неделя
console-appt-next-week = Следующая неделя →
console-appt-today = Сегодня
console-appt-week-of = Неделя с { $start } по { $end }
console-appt-no-places = Ни один из твоих пунктов помощи не ведёт запись на приём.
console-appt-none = Записей нет.
console-appt-free-title = Свободно
console-appt-free = { $time } – свободно { $number } из { $max }
console-appt-free-none = Свободного времени нет.
console-appt-column-time = Время
console-appt-column-topic = Тема
console-appt-column-status = Статус
console-appt-column-actions = Действия
console-appt-status-booked = запланировано
console-appt-status-attended = пришёл(ла)
console-appt-status-missed = не пришёл(ла)
console-appt-status-cancelled = отменено
console-appt-booked-by = записал(а): { $name }
console-appt-open-conversation = Разговор
console-appt-attended = Пришёл(ла)
console-appt-missed = Не пришёл(ла)
console-appt-cancel = Отменить …
console-appt-cancel-title = Отменить запись?
console-appt-cancel-text = Человек сразу получит сообщение на своём языке ({ $language }), что запись отменена. Напоминания не будут отправлены.
console-appt-cancel-confirm = Да, отменить и сообщить
console-appt-cancel-back = Нет, назад
console-appt-upcoming = Записи
console-appt-upcoming-none = Предстоящих записей нет.
console-appt-book = Записать на приём
console-appt-slot = Свободное время
console-appt-slot-option = { $day } { $time } (свободно { $number } из { $max })
console-appt-topic = Тема (по желанию)
console-appt-book-submit = Записать
console-appt-book-hint = Человек получит подтверждение на своём языке, а перед встречей – напоминания.
console-appt-no-slots = В ближайшие 14 дней свободного времени нет.
console-appt-not-bookable = Для этого разговора нет места с записью на приём.
console-error-no-slot = Такого времени нет (или оно уже прошло). Выбери время из списка.
console-error-slot-full = Это время уже занято. Выбери другое.
console-error-not-booked = Эта запись (уже) не действует.
console-error-bad-status = Отметь: пришёл человек или не пришёл.
console-error-already-booked = У человека уже есть запись на это время.
console-error-past = Встреча уже началась. Вместо отмены отметь, пришёл человек или нет.
console-error-not-yet = Запись можно отметить только в её день или позже.
console-deleted-title = Удалено по просьбе человека (последние { $number } дн.)
console-deleted-notice = Разговор №{ $number } · { $place } · удалён { $day } в { $time } по просьбе человека. Из него больше ничего не хранится.
console-page-deleted = Разговор удалён
console-page-deleted-text = Этот разговор удалён по просьбе человека { $day } в { $time }. Из него больше ничего не хранится.
## End of console section

# Follow-ups after an appointment (flows/appointments/follow_ups.py)
follow-up-attended = Как прошла твоя встреча у нас? Если хочешь, можешь сразу записаться ещё раз – или написать кому-то из команды.
follow-up-missed = Мы ждали тебя на встрече. Ничего страшного – хочешь записаться снова? Или напиши кому-то из команды.

# A typed question answered by the FAQ of a service not chosen yet: whose answer it is.
faq-from-service = Ответ от { $name }:
