# Uli – متن‌های فارسی. جای‌نگهدارها مثل { $name } را ترجمه نکنید.
# جمله‌های کوتاه و ساده: بسیاری از خوانندگان جوان هستند یا تازه زبان یاد می‌گیرند.

## خوش‌آمدگویی و زبان
welcome = سلام! 👋 من { $persona } هستم، دستیار دیجیتال { $organisation }. به سؤال‌هایت فوراً جواب می‌دهم – حتی شب‌ها. من یک برنامهٔ کامپیوتری هستم، نه یک انسان. اگر می‌خواهی با یک انسان حرف بزنی، فقط بگو.
privacy-short = 🔒 حفاظت از اطلاعات به طور خلاصه: لازم نیست اسمت را بگویی. پیام‌هایت را نگه می‌داریم تا تیم بتواند کمکت کند – شماره تلفن و عکس پروفایلت را نگه نمی‌داریم. هر وقت بخواهی می‌توانی بخواهی همه چیز پاک شود. بیشتر: /privacy
choose-language = به چه زبانی برایت بنویسم؟
language-set = باشه، از حالا به فارسی برایت می‌نویسم.
language-kept = به فارسی برایت می‌نویسم. هر وقت بخواهی می‌توانی زبان را با /language عوض کنی.
choose-service = کدام خدمت برایت جالب است؟ رویش بزن:
service-intro = الان اینجا هستی: { $name }. { $summary }
    چه می‌خواهی بدانی؟
menu-prompt = چه می‌خواهی بدانی؟ روی یک دکمه بزن.

## دکمه‌ها
button-hours = 🕒 ساعت کاری
button-where = 📍 کجا؟
button-who = 👥 برای چه کسی؟
button-languages = 🗣 زبان‌ها
button-faq = ❓ سؤال‌های رایج
button-person = 🙋 صحبت با یک انسان
button-change-language = 🌐 زبان
button-change-service = 🔄 خدمت دیگر
button-menu = ⬅️ منو

## دستورها (منوی تلگرام)
command-start = شروع دوباره
command-help = Uli چه کارهایی می‌تواند بکند؟
command-hours = ساعت کاری
command-language = تغییر زبان
command-menu = نمایش منو
command-privacy = حفاظت از اطلاعات

## ساعت کاری
hours-title = 🕒 ساعت کاری: { $name }
hours-window = { $start }–{ $end } · { $place } ({ $kind ->
        [appointment] فقط با وقت قبلی
       *[drop_in] ساعت مشاورهٔ باز، بدون وقت قبلی
    })
hours-open-now = ✅ الان باز است: { $line }
hours-next = ⏳ الان بسته است. دفعهٔ بعد: { $day }، { $line }
hours-none-known = الان هیچ ساعتی ثبت نشده. لطفاً با تلفن یا ایمیل تماس بگیر.
hours-closed-today = امروز بسته است: { $reason }
day-today = امروز، { $day }
day-tomorrow = فردا، { $day }
hours-week-title = ۷ روز آینده:
hours-appointment-hint = وقت قبلی را می‌توانی با تلفن یا ایمیل بگیری – روی «🙋 صحبت با یک انسان» بزن.
hours-closed = بسته
hours-holiday = تعطیل رسمی ({ $name })
hours-closed-because = بسته ({ $reason })
programme-ended = ⚠️ خدمت { $name } در { $since } تمام شد. دیگر وجود ندارد.
programme-not-started = خدمت { $name } در { $starts } شروع می‌شود.
programme-alternatives = این خدمت‌ها الان فعال هستند – شاید یکی برایت مناسب باشد:
programme-no-alternatives = متأسفانه الان خدمت مناسب دیگری نمی‌شناسم. در شرایط اضطراری: 112. Nummer gegen Kummer: 116 111 (رایگان).

## مکان
where-title = 📍 { $name } را اینجا پیدا می‌کنی:

## برای چه کسی
who-title = 👥 { $name } برای چه کسی است؟
who-age = سن: از { $min } تا { $max } سال
who-residence = وضعیت اقامت: { $list }
who-areas = محل زندگی: { $list }
who-offers = خدمات: { $list }
residence-any = فرقی نمی‌کند
residence-duldung = Duldung (تعلیق موقت اخراج)
residence-gestattung = Gestattung (اجازهٔ اقامت در طول روند پناهندگی)
residence-residence_permit = اجازهٔ اقامت
residence-eu_citizen = شهروندان اتحادیهٔ اروپا
offer-clearing = مشاورهٔ کوتاه (Clearing)
offer-case_management = همراهی برای مدت طولانی‌تر (مدیریت پرونده)
offer-street_work = مددکاری اجتماعی خیابانی
offer-open_consultation = ساعت مشاورهٔ باز
offer-appointments = مشاوره با وقت قبلی
offer-coaching = کوچینگ
offer-interpreters = مترجم‌ها
promise-free = رایگان
promise-voluntary = داوطلبانه
promise-anonymous = بدون گفتن اسم هم ممکن است

## زبان‌ها
languages-counselling = 🗣 مشاوره در { $name } به این زبان‌ها: { $list }.
languages-interpreters = برای زبان‌های دیگر مترجم هست.
languages-bring-someone = می‌توانی کسی را همراه خودت بیاوری که برایت ترجمه کند.
languages-uli = اینجا در چت به آلمانی، انگلیسی، روسی، عربی، ترکی، اوکراینی و فارسی می‌نویسم.

## تماس با یک انسان
person-title = 🙋 این‌طوری با تیم { $name } تماس می‌گیری:
person-phone = 📞 تلفن: { $phone }
person-sms = 💬 پیامک/پیام‌رسان: { $number }
person-email = ✉️ ایمیل: { $email }
person-drop-in-now = 🚪 همین الان بدون وقت قبلی بیا: { $line }
person-drop-in-next = 🚪 بدون وقت قبلی بیا: { $day }، { $line }
person-appointment-only = 📅 مشاوره فقط با وقت قبلی – زنگ بزن یا ایمیل بنویس.
crisis-short = 🆘 در شرایط اضطراری: 112. حرف زدن کمک می‌کند: Nummer gegen Kummer 116 111، TelefonSeelsorge 0800 111 0 111 – رایگان و بدون اسم.

## سؤال‌های رایج
faq-title = ❓ سؤال‌های رایج – روی یک سؤال بزن:

## کمک و حفاظت از اطلاعات
help = من { $persona } هستم. به تو می‌گویم این خدمت کی و کجا باز است، برای چه کسی است و به چه زبان‌هایی مشاوره می‌دهند. فقط روی دکمه‌ها بزن.
    دستورها: /hours ساعت کاری · /language زبان · /menu منو · /privacy حفاظت از اطلاعات
privacy-full = 🔒 حفاظت از اطلاعات
    مسئول: { $organisation }.
    چه چیزی نگه می‌داریم: پیام‌هایت در این چت، زبانت و خدمتی که انتخاب کردی. اسمت، نام کاربری‌ات، عکس پروفایلت و شماره تلفنت نگه داشته نمی‌شوند. تیم فقط یک اسم مستعار می‌بیند.
    برای چه: تا به سؤال‌هایت جواب بدهیم و کمکت کنیم. بدون رضایت تو چیزی به کسی نمی‌دهیم – نه به اداره‌ها و نه به پدر و مادرت. فقط اگر جان یا امنیت کسی در خطر جدی باشد، تیم باید کاری بکند.
    هر وقت بخواهی می‌توانی بپرسی چه چیزی نگه داشته شده و بخواهی همه چیز پاک شود. تماس: { $contact }

## چیزهایی که نمی‌فهمم
unknown-command = این دستور را نمی‌شناسم. /help را امتحان کن یا روی یک دکمه بزن.
stale-button = این دکمه دیگر معتبر نیست. این منوی فعلی است:
media-sticker = 😊 ممنون! من فقط متن و دکمه‌ها را می‌توانم بخوانم.
media-file = 📎 اینجا نمی‌توانم عکس، ویدیو یا فایل باز کنم. لطفاً مدارکی که اطلاعات شخصی دارند اینجا نفرست – بهتر است آن‌ها را سر قرار بیاوری.
media-voice = 🎤 متأسفانه نمی‌توانم پیام صوتی گوش بدهم. چند کلمه برایم بنویس یا روی یک دکمه بزن.
media-location = 📍 ممنون، به موقعیت مکانی‌ات نیازی ندارم. در «📍 کجا؟» می‌بینی ما کجا هستیم.
media-contact-card = ممنون! مخاطب‌ها را نگه نمی‌دارم.
media-edited = ✏️ یک پیام را تغییر دادی. من فقط پیام‌های جدید را می‌خوانم – لطفاً دوباره بفرستش.
media-other = متأسفانه این را نمی‌توانم بخوانم. برایم بنویس یا روی یک دکمه بزن.
not-understood = متأسفانه این را هنوز نمی‌فهمم. 🙈 روی یک دکمه بزن – یا روی «🙋 صحبت با یک انسان» تا نشانت بدهم چطور با تیم تماس بگیری.
error-sorry = ببخشید، یک مشکلی پیش آمد. لطفاً کمی بعد دوباره امتحان کن. در شرایط اضطراری: 112 · Nummer gegen Kummer 116 111.
