# Uli – متن‌های فارسی. جای‌نگهدارها مثل { $name } را ترجمه نکن.
# جمله‌های کوتاه و ساده: بسیاری از خواننده‌ها جوان هستند یا تازه زبان یاد می‌گیرند.

## خوش‌آمد و زبان
welcome = سلام! 👋 من { $persona } هستم، دستیار دیجیتال { $organisation }.
    به سؤال‌هایت فوراً جواب می‌دهم – حتی شب‌ها.
    من یک برنامهٔ کامپیوتری هستم، نه یک انسان. اگر می‌خواهی با یک انسان حرف بزنی، فقط بگو.
privacy-short = 🔒 حریم خصوصی به طور خلاصه: لازم نیست اسمت را بگویی.
    ما پیام‌هایت را ذخیره می‌کنیم تا تیم بتواند به تو کمک کند – نه شماره تلفنت را و نه عکس پروفایلت را.
    هر وقت بخواهی، می‌توانی از ما بخواهی که همه چیز را پاک کنیم. بیشتر: /privacy
privacy-short-kept = 🗓 گفت‌وگوها { $days } روز بعد از آخرین پیام پاک می‌شوند.
choose-language = به چه زبانی برایت بنویسم؟
language-set = خب، از حالا به فارسی برایت می‌نویسم.
language-kept = به فارسی برایت می‌نویسم. هر وقت بخواهی، می‌توانی زبان را با /language عوض کنی.
choose-service = کدام برنامه برایت جالب است؟ روی آن بزن:
service-intro = الان اینجا هستی: { $name }. { $summary }
service-ask = چه می‌خواهی بدانی؟
menu-prompt = چه می‌خواهی بدانی؟ روی یک دکمه بزن.

## دکمه‌ها
button-hours = 🕒 ساعت‌های کاری
button-where = 📍 کجا؟
button-who = 👥 برای چه کسانی؟
button-languages = 🗣 زبان‌ها
button-faq = ❓ سؤال‌های رایج
button-person = 🙋 حرف زدن با یک انسان
button-change-language = 🌐 زبان
button-change-service = 🔄 برنامهٔ دیگر
button-menu = ⬅️ منو

## فرمان‌ها (منوی تلگرام)
command-start = شروع دوباره
command-help = Uli چه کارهایی می‌کند؟
command-hours = ساعت‌های کاری
command-language = عوض کردن زبان
command-menu = نشان دادن منو
command-privacy = حریم خصوصی

## ساعت‌های کاری
hours-title = 🕒 ساعت‌های کاری: { $name }
hours-window = { $start }–{ $end } · { $place } ({ $kind ->
        [appointment] فقط با وقت قبلی
       *[drop_in] ساعت مشاورهٔ باز، بدون وقت قبلی
    })
hours-open-now = ✅ الان باز است: { $line }
hours-next = ⏳ الان بسته است. دفعهٔ بعد: { $day }، { $line }
hours-none-known = الان هیچ ساعتی ثبت نشده است. لطفاً با تلفن یا ایمیل با ما تماس بگیر.
hours-closed-today = امروز بسته است: { $reason }
day-today = امروز، { $day }
day-tomorrow = فردا، { $day }
hours-week-title = هفت روز آینده:
hours-appointment-hint = برای گرفتن وقت، تلفن بزن یا ایمیل بفرست – روی «🙋 حرف زدن با یک انسان» بزن.
hours-appointment-book = 📅 همین‌جا می‌توانی وقت بگیری: روی «{ $button }» بزن یا /book بنویس.
hours-closed = بسته
hours-holiday = تعطیل رسمی ({ $name })
hours-closed-because = بسته ({ $reason })
programme-ended = ⚠️ برنامهٔ { $name } در تاریخ { $since } تمام شد. دیگر وجود ندارد.
programme-not-started = برنامهٔ { $name } در تاریخ { $starts } شروع می‌شود.
programme-alternatives = این برنامه‌ها الان هستند – شاید یکی از آن‌ها برایت مناسب باشد:
programme-no-alternatives = متأسفانه الان برنامهٔ دیگری نمی‌شناسم که مناسب باشد. در شرایط اضطراری: 112. Nummer gegen Kummer: 116 111 (رایگان).

## مکان
where-title = 📍 { $name } را اینجا پیدا می‌کنی:

## برای چه کسانی
who-title = 👥 { $name } برای چه کسانی است؟
who-age = سن: از { $min } تا { $max } سال
who-residence = وضعیت اقامت: { $list }
who-areas = محل زندگی: { $list }
who-offers = چه خدماتی دارند: { $list }
residence-any = فرقی نمی‌کند
residence-duldung = Duldung (توقف موقت دیپورت)
residence-gestattung = Gestattung (اجازهٔ ماندن تا وقتی که به درخواست پناهندگی رسیدگی می‌شود)
residence-residence_permit = اجازهٔ اقامت
residence-eu_citizen = شهروندان اتحادیهٔ اروپا
offer-clearing = مشاورهٔ کوتاه (Clearing)
offer-case_management = همراهی برای مدت طولانی‌تر (Case Management)
offer-street_work = مددکاری اجتماعی در خیابان
offer-open_consultation = ساعت مشاورهٔ باز
offer-appointments = مشاوره با وقت قبلی
offer-coaching = کوچینگ (Coaching)
offer-interpreters = مترجم‌ها
promise-free = رایگان
promise-voluntary = داوطلبانه
promise-anonymous = بدون گفتن اسم هم ممکن است

## زبان‌ها
languages-counselling = 🗣 مشاوره در { $name } به این زبان‌ها: { $list }.
languages-interpreters = برای زبان‌های دیگر مترجم هست.
languages-bring-someone = می‌توانی کسی را برای ترجمه با خودت بیاوری.
languages-uli = اینجا در چت به آلمانی، انگلیسی، روسی، عربی، ترکی، اوکراینی و فارسی می‌نویسم.

## تماس با یک انسان
person-title = 🙋 راه‌های تماس با تیم { $name }:
person-phone = 📞 تلفن: { $phone }
person-sms = 💬 پیامک/مسنجر: { $number }
person-email = ✉️ ایمیل: { $email }
person-drop-in-now = 🚪 الان می‌توانی بدون وقت قبلی بیایی: { $line }
person-drop-in-next = 🚪 آمدن بدون وقت قبلی: { $day }، { $line }
person-appointment-only = { $book ->
        [yes] 📅 مشاوره فقط با وقت قبلی – همین‌جا در چت با /book وقت بگیر، یا زنگ بزن یا ایمیل بفرست.
       *[no] 📅 مشاوره فقط با وقت قبلی – زنگ بزن یا ایمیل بفرست.
    }
crisis-short = 🆘 در شرایط اضطراری: 112. حرف زدن کمک می‌کند: Nummer gegen Kummer 116 111، TelefonSeelsorge 0800 111 0 111 – رایگان و بدون نام.

## سؤال‌های رایج
faq-title = ❓ سؤال‌های رایج – روی یک سؤال بزن:

## کمک و حریم خصوصی
help = من { $persona } هستم. به تو می‌گویم این برنامه کی و کجا باز است، برای چه کسانی است و به چه زبان‌هایی مشاوره می‌دهند. سؤالت را بنویس یا روی دکمه‌ها بزن.
help-commands = این‌ها را هم می‌توانی برایم بفرستی:
privacy-full = 🔒 حریم خصوصی
    مسئول داده‌ها: { $organisation }.
    چه چیزهایی ذخیره می‌کنیم: پیام‌هایت در همین چت، زبانت و برنامه‌ای که انتخاب کرده‌ای. اسمت، نام کاربری‌ات، عکس پروفایلت و شماره تلفنت ذخیره نمی‌شوند – اسم فقط وقتی که خودت با /name آن را به ما بگویی. تیم فقط یک اسم مستعار می‌بیند.
    برای چه: تا بتوانیم به سؤال‌هایت جواب بدهیم و به تو کمک کنیم. بدون رضایت تو هیچ چیزی را به کسی نمی‌دهیم – نه به اداره‌های دولتی و نه به پدر و مادر. حتی اگر هنوز 18 سالت نشده، می‌توانی بدون اینکه پدر و مادرت بفهمند با ما حرف بزنی. فقط اگر زندگی یا امنیت یک انسان در خطر جدی باشد، تیم باید اقدام کند.
    هر وقت بخواهی، می‌توانی بپرسی چه چیزهایی ذخیره شده است و بخواهی که همه چیز پاک شود. تماس: { $contact }
privacy-retention = 🗓 تا چه مدت: هر گفت‌وگو { $days } روز بعد از آخرین پیام پاک می‌شود – و اگر کسی از تیم در آن نبوده، بعد از { $days_unanswered } روز.
privacy-link = 📄 متن کامل: { $url }

## چیزهایی که نمی‌فهمم
unknown-command = این فرمان را نمی‌شناسم. /help را امتحان کن یا روی یک دکمه بزن.
stale-button = این دکمه دیگر کار نمی‌کند. این منوی فعلی است:
media-sticker = 😊 ممنون! من فقط متن و دکمه‌ها را می‌توانم بخوانم.
media-file = 📎 اینجا نمی‌توانم عکس، ویدیو و فایل باز کنم. لطفاً مدارکی را که اطلاعات شخصی دارند اینجا نفرست – بهتر است آن‌ها را در ملاقات حضوری با خودت بیاوری.
media-voice = 🎤 متأسفانه نمی‌توانم پیام صوتی گوش بدهم. چند کلمه برایم بنویس یا روی یک دکمه بزن.
media-location = 📍 ممنون، به موقعیت مکانی‌ات نیازی ندارم. در «📍 کجا؟» می‌بینی ما کجا هستیم.
media-contact-card = ممنون! مخاطب‌ها را ذخیره نمی‌کنم.
media-edited = ✏️ یک پیام را تغییر دادی. من فقط پیام‌های تازه را می‌خوانم – لطفاً آن را دوباره برایم بفرست.
media-other = متأسفانه این را نمی‌توانم بخوانم. برایم بنویس یا روی یک دکمه بزن.
not-understood = متأسفانه این را هنوز نمی‌فهمم. 🙈 روی یک دکمه بزن – یا روی «🙋 حرف زدن با یک انسان»، تا یکی از اعضای تیم همین‌جا جوابت را بدهد.
error-sorry = ببخشید، یک مشکلی پیش آمد. لطفاً چند لحظهٔ دیگر دوباره امتحان کن. در شرایط اضطراری: 112 · Nummer gegen Kummer 116 111.

## سؤال‌های نوشتاری
not-sure = مطمئن نیستم منظورت دقیقاً چیست. 🤔 یکی از این‌هاست؟ یا یکی از اعضای تیم می‌تواند جوابت را بدهد.
service-first = می‌توانم جوابش را بدهم – اول بگو منظورت کدام برنامه است:
answer-greeting = سلام! 👋 چه می‌خواهی بدانی؟ سؤالت را بنویس یا روی یک دکمه بزن.
answer-thanks = خواهش می‌کنم! 😊 هر وقت سؤال دیگری داشتی بنویس.
answer-hours-day = 🕒 { $name } – { $day }:
answer-hours-day-closed = آن روز بسته است.
answer-hours-open-again = ⏳ دوباره باز است: { $day }، { $line }
answer-cost-free = 💶 { $name } برای تو رایگان است.
answer-cost-ask = 💶 اینکه اینجا چیزی هزینه دارد یا نه را تیم به تو می‌گوید – روی «🙋 حرف زدن با یک انسان» بزن.
answer-voluntary = 🤝 آمدن به { $name } داوطلبانه است. خودت تصمیم می‌گیری دربارهٔ چه حرف بزنی و هر وقت خواستی می‌توانی دست بکشی.
answer-voluntary-ask = 🤝 اینکه شرکت داوطلبانه است یا نه را تیم به تو می‌گوید – روی «🙋 حرف زدن با یک انسان» بزن.
answer-confidential-anonymous = 🤐 لازم نیست اسمت را بگویی. تیم حرف‌هایت را پیش خودش نگه می‌دارد و بدون رضایت تو چیزی را به کسی نمی‌دهد – نه به اداره‌ها و نه به والدین. فقط اگر جان یا امنیت کسی در خطر جدی باشد، تیم باید اقدام کند.
answer-confidential = 🤐 تیم حرف‌هایت را پیش خودش نگه می‌دارد و بدون رضایت تو چیزی را به کسی نمی‌دهد – نه به اداره‌ها و نه به والدین. فقط اگر جان یا امنیت کسی در خطر جدی باشد، تیم باید اقدام کند.
answer-services = 🧰 { $name } برای تو چه کار می‌کند:
answer-appointment = 📅 برای گرفتن، جابه‌جا کردن یا لغو وقت ملاقات با تیم تماس بگیر:
topic-cost = 💶 هزینه دارد؟
topic-confidentiality = 🤐 بین خودمان می‌ماند؟
topic-voluntary = 🤝 داوطلبانه است؟
topic-services = 🧰 چه کار می‌کنید؟
topic-appointment = 📅 وقت ملاقات
topic-cancel = ❌ لغو وقت ملاقات
language-switched = از حالا به فارسی برایت می‌نویسم. برای تغییر زبان: /language
foreign-language = متأسفم، هنوز نمی‌توانم به زبان تو بنویسم. به آلمانی و انگلیسی جواب می‌دهم. تیم می‌تواند مترجم بیاورد: روی «🙋 حرف زدن با یک انسان» بزن.

## بحران
crisis-opening = 💙 ممنون که این را به من گفتی. خیلی سخت به نظر می‌رسد – لازم نیست با آن تنها بمانی.
crisis-opening-unsure = 💙 شاید منظورت را درست نفهمیده باشم – ولی اگر الان حالت خوب نیست یا در خطری: لازم نیست با این تنها بمانی.
crisis-danger = 🆘 اگر همین حالا در خطری، به 112 (اورژانس) یا 110 (پلیس) زنگ بزن. رایگان، شب و روز.
crisis-talk = 📞 همین حالا می‌توانی با کسی حرف بزنی، رایگان و بدون گفتن اسم:
    • Nummer gegen Kummer (برای جوانان): 116 111
    • TelefonSeelsorge، شب و روز: 0800 111 0 111 یا 0800 111 0 222
crisis-violence = 📞 خط کمک در برابر خشونت (Hilfetelefon Gewalt gegen Frauen)، شب و روز، به زبان‌های زیاد: 116 016
crisis-shelter = 🛏 امشب جایی برای خوابیدن نداری؟ اگر زیر 18 سال هستی، ادارهٔ جوانان (Jugendamt) باید تو را بپذیرد – پلیس (110) هر وقت تو را وصل می‌کند. اگر 18 سال یا بیشتر داری، پلیس به تو می‌گوید نزدیک‌ترین سرپناه اضطراری کجاست.
crisis-team-now = 🙋 پیامت را به‌عنوان فوری به تیم دادم. کسی هرچه زودتر همین‌جا جوابت را می‌دهد.
crisis-team-later = 🙋 پیامت را به‌عنوان فوری به تیم دادم. تیم آن را { $when } می‌خواند. تا آن موقع لطفاً به یکی از شماره‌های بالا زنگ بزن – آنجا کسی برای تو هست.
crisis-team-soon = 🙋 پیامت را به‌عنوان فوری به تیم دادم. تیم هرچه زودتر بتواند همین‌جا جوابت را می‌دهد. تا آن موقع لطفاً به یکی از شماره‌های بالا زنگ بزن.

## سپردن به تیم
when-from = { $day }، از ساعت { $time }
handover-now = 🙋 گفت‌وگویمان را به تیم سپردم. به‌زودی کسی همین‌جا جوابت را می‌دهد. به نوشتن ادامه بده – تیم همه چیز را می‌بیند.
handover-later = 🙋 گفت‌وگویمان را به تیم سپردم. الان کسی سر کار نیست؛ تیم پیام‌هایت را { $when } می‌خواند. به نوشتن ادامه بده – تیم همه چیز را می‌بیند.
handover-unknown-hours = 🙋 گفت‌وگویمان را به تیم سپردم. تیم هرچه زودتر بتواند همین‌جا جوابت را می‌دهد.
handover-already = تو همین حالا منتظر تیم هستی. فقط همین‌جا بنویس – تیم همه چیز را می‌بیند.
handover-direct = می‌توانی مستقیم هم با تیم تماس بگیری:
handover-ack = 📨 پیامت رسید. تیم آن را می‌خواند.
handover-ack-soon = 📨 پیامت رسید. الان کسی از تیم سر کار است و به‌زودی همین‌جا جوابت را می‌دهد.
handover-ack-later = 📨 پیامت رسید. الان کسی سر کار نیست؛ تیم پیامت را { $when } می‌خواند.
handover-still-with-team = 💬 گفت‌وگویت پیش تیم می‌ماند – تیم این سؤال را هم می‌خواند.
handover-end-button = ✖️ پایان گفت‌وگو با تیم
handover-ended = باشه، حالا دوباره با من، دستیار دیجیتال، می‌نویسی. هر وقت دوباره تیم را خواستی روی «🙋 حرف زدن با یک انسان» بزن.

## داده‌های تو
command-mydata = چه چیزی دربارهٔ من ذخیره شده
command-delete = پاک کردن داده‌هایم
privacy-rights = 📄 /mydata همه چیزهایی را که دربارهٔ تو ذخیره شده برایت می‌فرستد · 🗑 /delete آن‌ها را پاک می‌کند.
mydata-caption = 📄 این همهٔ چیزی است که Uli دربارهٔ تو نگه می‌دارد. برای پاک کردن: /delete
mydata-file-title = آنچه Uli دربارهٔ تو نگه می‌دارد ({ $date })
mydata-pseudonym = اسم مستعار تو برای تیم: { $pseudonym }
mydata-language = زبان: { $language }
mydata-first-seen = اولین پیام: { $date }
mydata-conversation = گفت‌وگو از { $date }
mydata-you = تو
mydata-uli = Uli
mydata-team = تیم
mydata-note = یادداشت تیم
delete-confirm = 🗑 می‌خواهی همهٔ چیزهایی را که دربارهٔ تو ذخیره شده پاک کنم – پیام‌هایت، اسم مستعارت، زبانت؟ این کار برگشت‌پذیر نیست. تیم فقط می‌بیند که یک گفت‌وگو به خواست تو پاک شده است.
delete-yes = 🗑 بله، همه را پاک کن
delete-no = نه، نگه دار
delete-done = ✅ انجام شد: همه چیز پاک شد. اگر دوباره بنویسی، از نو شروع می‌کنیم. مراقب خودت باش! 👋
delete-kept = باشه، چیزی پاک نشد.
command-name = گفتن یک اسم به تیم
name-how = لازم نیست اسمت را بگویی. اگر می‌خواهی تیم تو را با اسم صدا کند، فقط اسمت را برایم بنویس، مثلاً «سارا».
name-saved = ✅ ممنون، { $name }! تیم حالا این اسم را می‌بیند. برای پاک کردن: /name
name-forgotten = باشه، اسم پاک شد. تیم دوباره فقط اسم مستعارت را می‌بیند.
name-forget-button = 🗑 پاک کردن اسمم
mydata-name = اسم تو برای تیم: { $name }

## Appointments
button-book = 📅 وقت ملاقات
command-book = گرفتن وقت ملاقات
command-appointments = وقت‌های من
booking-choose-place = 📍 دوست داری وقت ملاقاتت کجا باشد؟
booking-choose-day = 📅 چه زمانی برایت مناسب است؟ وقت‌های آزاد در { $place }:
booking-no-days = 📅 متأسفانه الان وقت آزادی نیست.
booking-drop-in = 🚶 یا بدون وقت قبلی بیا: { $day }، { $line }
booking-choose-time = 🕒 برای { $day }، چه ساعتی برایت مناسب است؟
booking-other-day = 📅 روز دیگر
booking-choose-topic = موضوع چیست؟ این به تیم کمک می‌کند آماده شود. می‌توانی از آن بگذری.
booking-topic-work = 💼 آموزش حرفه‌ای/کار
booking-topic-papers = 📄 اقامت/مدارک
booking-topic-housing = 🏠 مسکن
booking-topic-other = 💬 موضوع دیگر
booking-topic-skip = ⏭ رد شدن
booking-check = درست است؟ { $day } ساعت { $time }، { $place }
booking-check-move = وقتت به { $day } ساعت { $time }، { $place } منتقل شود؟
booking-yes = ✅ بله، رزرو کن
booking-yes-move = ✅ بله، منتقل کن
booking-other-time = 🔁 ساعت دیگر
booking-booked = ✅ وقتت رزرو شد!
booking-moved = ✅ وقتت منتقل شد!
booking-when = 📅 { $day } ساعت { $time }
booking-where = 📍 { $place }، { $address }
booking-bring = 🎒 با خودت بیاور: { $list }
booking-change = می‌توانی با دکمه‌های اینجا یا هر وقت با /appointments وقتت را جابه‌جا یا لغو کنی.
booking-move = 🔁 جابه‌جا کردن
booking-cancel = ❌ لغو
booking-calendar = 📅 فایل تقویم
booking-calendar-caption = 📅 وقتت به صورت فایل تقویم: آن را باز کن تا به تقویمت اضافه شود.
booking-gone = 😕 متأسفانه این وقت دیگر آزاد نیست. وقت‌های دیگر:
booking-day-full = 😕 متأسفانه برای { $day } وقت خالی نمانده است. این‌ها روزهای دیگر هستند:
booking-taken = 😕 ببخشید، کس دیگری سریع‌تر بود: این ساعت همین الان رزرو شد. ساعت‌های آزاد دیگر:
booking-list-title = 📅 وقت‌های تو:
booking-list-item = 📅 { $day } ساعت { $time }، { $place }
booking-list-empty = الان هیچ وقتی نداری. گرفتن وقت: /book
booking-cancel-ask = واقعاً می‌خواهی این وقت را لغو کنی: { $day } ساعت { $time }؟
booking-cancel-yes = ❌ بله، لغو کن
booking-cancel-no = نه، نگه دار
booking-cancelled = باشه، وقتت لغو شد: { $day } ساعت { $time }. گرفتن وقت جدید: /book
booking-kept = 👍 باشه، وقتت سر جایش می‌ماند.
booking-not-found = این وقت را دیگر پیدا نمی‌کنم – شاید لغو شده یا گذشته است. وقت‌های تو: /appointments
booking-ics-summary = وقت ملاقات: { $name }
booking-by-team = ✅ تیم برایت یک وقت ملاقات رزرو کرد!
booking-cancelled-by-team = 😕 متأسفانه تیم مجبور شد وقتت را لغو کند: { $day } ساعت { $time }. یک وقت جدید بگیر یا به ما پیام بده.
reminder-title = ⏰ یادآوری: وقتت { $day } ساعت { $time } است.
reminder-change = نمی‌توانی بیایی؟ وقتت را اینجا جابه‌جا یا لغو کن تا کس دیگری بتواند از این زمان استفاده کند.
mydata-appointment = وقت ملاقات: { $date }، { $place }
mydata-status-booked = رزرو شده
mydata-status-cancelled = لغو شده
mydata-status-attended = حضور داشتی
mydata-status-missed = نیامدی

## Console: the caseworkers' web console (console/) and its canned replies.
# The console's own words; `canned-…` are replies a caseworker can send (young people read them).
console-title = میز کار مشاوران
console-inbox = صندوق ورودی
console-admin-users = حساب‌ها
console-logout = خروج
console-ui-language = زبان
console-login = ورود
console-email = ایمیل
console-password = رمز عبور
console-new-password = رمز عبور جدید (برای تغییر ندادن خالی بگذار)
console-login-wrong = ایمیل یا رمز عبور درست نیست.
console-login-throttled = تلاش‌های ناموفق زیاد بود. لطفاً { $number } دقیقه دیگر دوباره امتحان کن.
console-tab-waiting = در انتظار
console-tab-mine = مال من
console-tab-open = همه باز
console-tab-closed = بسته
console-inbox-empty = الان کسی اینجا نیست.
console-inbox-more = نمایش گفتگوهای بیشتر
console-no-contact-points = هنوز عضو هیچ مرکزی نیستی. یک مدیر می‌تواند تو را اضافه کند.
console-column-waiting = در انتظار
console-column-person = شخص
console-column-language = زبان
console-column-contact-point = مرکز
console-column-last-message = آخرین پیام
console-column-who = چه کسی برمی‌دارد
console-urgent = فوری
console-urgent-long = فوری: Uli نشانه‌های یک بحران را دیده است. لطفاً اول به این جواب بده.
console-unreachable-short = در دسترس نیست
console-unreachable = این شخص Uli را مسدود کرده است: تا دوباره ننویسد، پیام‌ها به او نمی‌رسند.
console-suggested = پیشنهاد: { $name }
console-nobody-speaks = هیچ‌کس در تیم این زبان را بلد نیست: { $name }
console-language-unknown = نامعلوم
console-language-of-person = زبان این شخص
console-status-bot = با Uli
console-status-waiting = در انتظار
console-status-assigned = در حال پیگیری
console-status-closed = بسته
console-assigned-to = نزد { $name }
console-waiting-since = { $since } است که منتظر است
console-minutes = { $number } دقیقه
console-hours = { $number } ساعت
console-days = { $number } روز
console-claim = برداشتن
console-release = پس دادن
console-assign = واگذاری
console-close = بستن
console-reopen = باز کردن دوباره
console-reply-to = پاسخ – این شخص می‌خواند: { $name }
console-canned = پاسخ آماده
console-send = ارسال
console-note-add = یادداشت داخلی
console-note-hint = یادداشت‌ها را فقط تیم می‌بیند؛ هرگز برای آن شخص فرستاده نمی‌شوند.
console-note-save = ذخیره یادداشت
console-notes = یادداشت‌ها
console-notes-none = هنوز یادداشتی نیست.
console-delivery-pending = ⏳ در حال ارسال
console-delivery-sent = ✓ رسید
console-delivery-unreachable = ✗ نرسید: مسدود شده
console-delivery-rejected = ✗ Telegram نپذیرفت
console-open-media = باز کردن
console-older-messages = پیام‌های قدیمی‌تر
console-kind-text = متن
console-kind-command = فرمان
console-kind-button = دکمه زده شد
console-kind-sticker = استیکر
console-kind-photo = عکس
console-kind-voice = پیام صوتی
console-kind-video = ویدیو
console-kind-document = سند
console-kind-location = موقعیت
console-kind-contact_card = کارت تماس
console-kind-edited = پیام ویرایش‌شده
console-kind-other = پیام دیگر
console-former-colleague = همکار سابق
console-canned-hello = سلام و احوالپرسی
console-canned-more = پرسیدن جزئیات
console-canned-appointment = پیشنهاد وقت ملاقات
console-canned-documents = چه چیزی بیاورد
console-canned-later = بعداً مفصل
console-canned-goodbye = خداحافظی
console-error-empty = متن خالی است.
console-error-too-long = متن خیلی طولانی است.
console-error-closed = گفتگو بسته است. اول دوباره بازش کن.
console-error-not-member = این همکار در این مرکز کار نمی‌کند.
console-error-not-closed = گفتگو بسته نیست.
console-error-newer-open = این شخص در یک گفتگوی جدیدتر می‌نویسد. آنجا جواب بده.
console-error-email = این یک ایمیل معتبر نیست.
console-error-email-taken = برای این ایمیل از قبل حساب وجود دارد.
console-error-password = رمز عبور باید دست‌کم ۱۰ نویسه داشته باشد.
console-error-password-spaces = رمز عبور فقط فاصله است. لطفاً رمز دیگری انتخاب کن.
console-error-password-repeated = رمز عبور یک نویسهٔ تکراری است. لطفاً رمز دیگری انتخاب کن.
console-error-password-sequence = رمز عبور یک رشتهٔ پشت‌سرهم مثل 12345678 یا abcdefgh است. لطفاً رمز دیگری انتخاب کن.
console-error-password-digits = رمز عبور فقط رقم است. لطفاً حرف یا نماد هم بگذار.
console-error-password-email = رمز عبور همان نشانی ایمیل است. لطفاً رمز دیگری انتخاب کن.
console-error-nul = ورودی یک نویسهٔ کنترلی نامرئی (NUL) دارد که ذخیره نمی‌شود. لطفاً دوباره تایپش کن.
console-error-name = نام باید ۱ تا ۸۰ نویسه داشته باشد.
console-error-languages = زبان‌ها را با کد و ویرگول بنویس، مثلاً de,ar,fa.
console-error-contact-points = مرکز ناشناخته.
console-error-role = نقش ناشناخته.
console-error-self = نمی‌توانی نقش مدیر را از خودت بگیری یا حساب خودت را غیرفعال کنی.
console-error-no-account = این حساب وجود ندارد.
console-error-admin-only = فقط مدیرها حساب‌ها را مدیریت می‌کنند.
console-error-csrf = صفحه خیلی طولانی باز مانده بود. لطفاً دوباره بارگذاری کن و باز امتحان کن.
console-page-forbidden = دسترسی نداری
console-page-forbidden-text = این صفحه فقط برای مدیرهاست.
console-page-not-found = پیدا نشد
console-page-not-found-text = این گفتگو یا صفحه وجود ندارد – یا مال مرکز دیگری است.
console-page-failed = انجام نشد
console-name = نام
console-role = نقش
console-role-caseworker = مشاور
console-role-admin = مدیر
console-languages = زبان‌ها
console-contact-points = مرکزها
console-active = فعال
console-admin-new-user = حساب جدید
console-save = ذخیره
canned-hello = سلام، من { $name } از تیم هستم. پیامت را خواندم و به‌زودی مفصل جواب می‌دهم.
canned-more = می‌توانی کمی بیشتر بگویی موضوع چیست؟ می‌توانی پیام صوتی هم بفرستی.
canned-appointment = یک وقت ملاقات بگذاریم؟ برایم بنویس چه روزها و چه ساعت‌هایی وقت داری.
canned-documents = لطفاً هر مدرکی که داری با خودت به قرار بیاور (مثلاً کارت شناسایی، مدرک اقامت، نامه‌های اداره‌ها). اگر چیزی نداری اشکالی ندارد – باز هم بیا.
canned-later = الان نمی‌توانم مفصل جواب بدهم. حداکثر تا روز کاری بعد به تو پیام می‌دهم.
canned-goodbye = ممنون از پیامت! اگر چیز دیگری لازم داشتی، دوباره بنویس. موفق باشی!
console-admin-access-log = گزارش دسترسی
console-log-hint = چه کسی در کنسول چه چیزی را خواند یا انجام داد، جدیدترین اول. هیچ‌کس نمی‌تواند ورودی‌ها را تغییر دهد یا حذف کند. زمان‌ها به UTC.
console-log-who = چه کسی
console-log-action = اقدام
console-log-conversation = گفتگو
console-log-since = از (تاریخ)
console-log-until = تا (تاریخ)
console-log-filter = فیلتر
console-log-any = همه
console-log-when = چه زمانی
console-log-detail = جزئیات
console-log-nobody = – (بدون حساب)
console-log-newer = جدیدتر
console-log-older = قدیمی‌تر
console-log-page = صفحه { $number } از { $max }
console-log-empty = ورودی‌ای نیست.
console-action-view_conversation = گفتگو خوانده شد
console-action-open_media = رسانه باز شد
console-action-export = خروجی گرفتن
console-action-delete_request = به درخواست شخص حذف شد
console-action-reply = پاسخ فرستاده شد
console-action-claim = پذیرفته شد
console-action-assign = واگذار شد
console-action-release = پس داده شد
console-action-close = بسته شد
console-action-reopen = دوباره باز شد
console-action-note = یادداشت افزوده شد
console-action-login = ورود
console-action-login_failed = ورود ناموفق
console-action-logout = خروج
console-action-user_created = حساب ساخته شد
console-action-user_changed = حساب تغییر کرد
console-action-view_appointments = فهرست وقت‌ها دیده شد
console-action-appointment_book = وقت رزرو شد
console-action-appointment_cancel = وقت لغو شد
console-action-appointment_mark = وقت علامت خورد (آمد/نیامد)
console-given-name = اسمی که نوجوان در گفت‌وگو گفته است
console-appt-nav = وقت‌ها
console-appt-title = وقت‌های ملاقات
console-appt-place = مکان
console-appt-show = نمایش
console-appt-day = روز
console-appt-week = هفته
console-appt-previous-day = → روز قبل
console-appt-next-day = روز بعد ←
console-appt-previous-week = → هفته قبل
console-appt-next-week = هفته بعد ←
console-appt-today = امروز
console-appt-week-of = هفته از { $start } تا { $end }
console-appt-no-places = هیچ‌کدام از مرکزهای تو وقت ملاقات نمی‌دهد.
console-appt-none = وقتی ثبت نشده است.
console-appt-free-title = آزاد
console-appt-free = { $time } – { $number } از { $max } آزاد
console-appt-free-none = وقت آزادی نیست.
console-appt-column-time = ساعت
console-appt-column-topic = موضوع
console-appt-column-status = وضعیت
console-appt-column-actions = کارها
console-appt-status-booked = رزرو شده
console-appt-status-attended = آمد
console-appt-status-missed = نیامد
console-appt-status-cancelled = لغو شده
console-appt-booked-by = رزرو توسط { $name }
console-appt-open-conversation = گفتگو
console-appt-attended = آمد
console-appt-missed = نیامد
console-appt-cancel = لغو …
console-appt-cancel-title = این وقت لغو شود؟
console-appt-cancel-text = آن شخص فوراً به زبان خودش ({ $language }) پیامی می‌گیرد که وقتش لغو شده است. یادآوری‌ها فرستاده نمی‌شوند.
console-appt-cancel-confirm = بله، لغو کن و خبر بده
console-appt-cancel-back = نه، برگرد
console-appt-upcoming = وقت‌ها
console-appt-upcoming-none = وقت آینده‌ای نیست.
console-appt-book = رزرو وقت
console-appt-slot = وقت آزاد
console-appt-slot-option = { $day } { $time } ({ $number } از { $max } آزاد)
console-appt-topic = موضوع (اختیاری)
console-appt-book-submit = رزرو
console-appt-book-hint = آن شخص به زبان خودش تأییدیه می‌گیرد و پیش از وقت، یادآوری.
console-appt-no-slots = در 14 روز آینده وقت آزادی نیست.
console-appt-not-bookable = برای این گفتگو مکانی با وقت ملاقات نیست.
console-error-no-slot = چنین وقتی نیست (یا گذشته است). لطفاً یکی را از فهرست انتخاب کن.
console-error-slot-full = این وقت حالا پر است. لطفاً وقت دیگری انتخاب کن.
console-error-not-booked = این وقت دیگر رزرو نیست.
console-error-bad-status = لطفاً علامت بزن: آمد یا نیامد.
console-error-already-booked = این شخص در این ساعت از قبل وقت دارد.
console-error-past = وقت ملاقات شروع شده است. به جای لغو، علامت بزن که آمد یا نیامد.
console-error-not-yet = وقت را فقط از روز خودش به بعد می‌توان علامت زد.
console-deleted-title = به درخواست خود شخص حذف شد ({ $number } روز گذشته)
console-deleted-notice = گفتگوی شماره { $number } · { $place } · در { $day } ساعت { $time } به درخواست خود شخص حذف شد. دیگر هیچ چیزی از آن ذخیره نیست.
console-page-deleted = گفتگو حذف شد
console-page-deleted-text = این گفتگو در { $day } ساعت { $time } به درخواست خود شخص حذف شد. دیگر هیچ چیزی از آن ذخیره نیست.
## End of console section

# Follow-ups after an appointment (flows/appointments/follow_ups.py)
follow-up-attended = قرار ملاقاتت با ما چطور بود؟ اگر بخواهی، می‌توانی همین‌جا یک وقت دیگر بگیری – یا با یکی از اعضای تیم صحبت کنی.
follow-up-missed = در قرار ملاقاتت جایت خالی بود. اشکالی ندارد – می‌خواهی یک وقت جدید بگیری؟ یا با یکی از اعضای تیم صحبت کن.

# A typed question answered by the FAQ of a service not chosen yet: whose answer it is.
faq-from-service = پاسخ از { $name }:
