# Uli – النصوص العربية. لا تترجم العناصر النائبة مثل { $name }.
# جمل قصيرة وبسيطة: كثير من القرّاء صغار في السن أو يتعلمون اللغة.

## الترحيب واللغة
welcome = مرحباً! 👋 أنا { $persona }، المساعد الرقمي لـ { $organisation }. أجيب عن أسئلتك فوراً – حتى في الليل. أنا برنامج كمبيوتر ولست إنساناً. إذا أردت التحدث مع شخص، قل ذلك فقط.
privacy-short = 🔒 حماية البيانات باختصار: لا داعي لذكر اسمك. نحفظ رسائلك حتى يتمكن الفريق من مساعدتك – لا نحفظ رقم هاتفك ولا صورة ملفك الشخصي. يمكنك في أي وقت أن تطلب حذف كل شيء. المزيد: /privacy
choose-language = بأي لغة أكتب لك؟
language-set = حسناً، من الآن سأكتب لك بالعربية.
language-kept = سأكتب لك بالعربية. يمكنك تغيير اللغة في أي وقت عبر /language.
choose-service = أي خدمة تهمّك؟ اضغط عليها:
service-intro = أنت الآن في: { $name }. { $summary }
    ماذا تريد أن تعرف؟
menu-prompt = ماذا تريد أن تعرف؟ اضغط على زر.

## الأزرار
button-hours = 🕒 أوقات الدوام
button-where = 📍 أين؟
button-who = 👥 لمن؟
button-languages = 🗣 اللغات
button-faq = ❓ أسئلة شائعة
button-person = 🙋 التحدث مع شخص
button-change-language = 🌐 اللغة
button-change-service = 🔄 خدمة أخرى
button-menu = ⬅️ القائمة

## الأوامر (قائمة تيليغرام)
command-start = البدء من جديد
command-help = ماذا يستطيع Uli أن يفعل؟
command-hours = أوقات الدوام
command-language = تغيير اللغة
command-menu = عرض القائمة
command-privacy = حماية البيانات

## أوقات الدوام
hours-title = 🕒 أوقات الدوام: { $name }
hours-window = { $start }–{ $end } · { $place } ({ $kind ->
        [appointment] بموعد فقط
       *[drop_in] ساعات استشارة مفتوحة، بدون موعد
    })
hours-open-now = ✅ مفتوح الآن: { $line }
hours-next = ⏳ مغلق الآن. المرة القادمة: { $day }، { $line }
hours-none-known = لا توجد أوقات مسجلة حالياً. يرجى التواصل عبر الهاتف أو البريد الإلكتروني.
hours-closed-today = مغلق اليوم: { $reason }
day-today = اليوم، { $day }
day-tomorrow = غداً، { $day }
hours-week-title = الأيام السبعة القادمة:
hours-appointment-hint = يمكنك الحصول على موعد عبر الهاتف أو البريد الإلكتروني – اضغط على «🙋 التحدث مع شخص».
hours-closed = مغلق
hours-holiday = عطلة رسمية ({ $name })
hours-closed-because = مغلق ({ $reason })
programme-ended = ⚠️ انتهت خدمة { $name } في { $since }. لم تعد موجودة.
programme-not-started = تبدأ خدمة { $name } في { $starts }.
programme-alternatives = هذه الخدمات تعمل الآن – ربما تناسبك إحداها:
programme-no-alternatives = للأسف لا أعرف الآن خدمة أخرى مناسبة. في حالة الطوارئ: 112. Nummer gegen Kummer: 116 111 (مجاناً).

## المكان
where-title = 📍 هنا تجد { $name }:

## لمن
who-title = 👥 لمن { $name }؟
who-age = العمر: من { $min } إلى { $max } سنة
who-residence = وضع الإقامة: { $list }
who-areas = مكان السكن: { $list }
who-offers = ما يقدمونه: { $list }
residence-any = أي وضع
residence-duldung = Duldung (تعليق مؤقت للترحيل)
residence-gestattung = Gestattung (إذن إقامة خلال إجراءات اللجوء)
residence-residence_permit = إقامة
residence-eu_citizen = مواطنو الاتحاد الأوروبي
offer-clearing = استشارة قصيرة (Clearing)
offer-case_management = مرافقة لفترة أطول (إدارة الحالة)
offer-street_work = العمل الاجتماعي في الشارع
offer-open_consultation = ساعات استشارة مفتوحة
offer-appointments = استشارة بموعد
offer-coaching = تدريب شخصي (كوتشينغ)
offer-interpreters = مترجمون
promise-free = مجاناً
promise-voluntary = طوعي
promise-anonymous = ممكن بدون ذكر الاسم

## اللغات
languages-counselling = 🗣 الاستشارة في { $name } باللغات: { $list }.
languages-interpreters = للغات الأخرى يوجد مترجمون.
languages-bring-someone = يمكنك أن تُحضر معك شخصاً يترجم لك.
languages-uli = هنا في المحادثة أكتب بالألمانية والإنجليزية والروسية والعربية والتركية والأوكرانية والفارسية.

## التواصل مع شخص
person-title = 🙋 هكذا تتواصل مع فريق { $name }:
person-phone = 📞 الهاتف: { $phone }
person-sms = 💬 رسائل SMS/مسنجر: { $number }
person-email = ✉️ البريد الإلكتروني: { $email }
person-drop-in-now = 🚪 يمكنك المجيء الآن بدون موعد: { $line }
person-drop-in-next = 🚪 المجيء بدون موعد: { $day }، { $line }
person-appointment-only = 📅 الاستشارة بموعد فقط – اتصل أو اكتب رسالة بريد إلكتروني.
crisis-short = 🆘 في حالة الطوارئ: 112. الكلام يساعد: Nummer gegen Kummer 116 111، TelefonSeelsorge 0800 111 0 111 – مجاناً وبدون ذكر الاسم.

## أسئلة شائعة
faq-title = ❓ أسئلة شائعة – اضغط على سؤال:

## المساعدة وحماية البيانات
help = أنا { $persona }. أخبرك متى وأين تعمل الخدمة، ولمن هي، وبأي لغات تُقدَّم الاستشارة. اضغط على الأزرار فقط.
    الأوامر: /hours أوقات الدوام · /language اللغة · /menu القائمة · /privacy حماية البيانات
privacy-full = 🔒 حماية البيانات
    الجهة المسؤولة: { $organisation }.
    ما نحفظه: رسائلك في هذه المحادثة، ولغتك، والخدمة التي اخترتها. لا نحفظ اسمك ولا اسم المستخدم ولا صورة الملف الشخصي ولا رقم هاتفك. الفريق يرى اسماً مستعاراً فقط.
    لماذا: حتى نجيب عن أسئلتك ونساعدك. بدون موافقتك لا نعطي شيئاً لأحد – لا للسلطات ولا للوالدين. فقط إذا كانت حياة شخص أو سلامته في خطر جدي، يجب على الفريق أن يتصرف.
    يمكنك في أي وقت أن تسأل عمّا هو محفوظ وأن تطلب حذف كل شيء. التواصل: { $contact }

## ما لا أفهمه
unknown-command = لا أعرف هذا الأمر. جرّب /help أو اضغط على زر.
stale-button = هذا الزر لم يعد صالحاً. هذه هي القائمة الحالية:
media-sticker = 😊 شكراً! أستطيع قراءة النصوص والأزرار فقط.
media-file = 📎 لا أستطيع فتح الصور أو الفيديوهات أو الملفات هنا. من فضلك لا ترسل هنا وثائق فيها بيانات شخصية – أحضرها معك إلى الموعد.
media-voice = 🎤 للأسف لا أستطيع الاستماع إلى الرسائل الصوتية. اكتب لي بضع كلمات أو اضغط على زر.
media-location = 📍 شكراً، لا أحتاج إلى موقعك. في «📍 أين؟» ترى أين نحن.
media-contact-card = شكراً! لا أحفظ جهات الاتصال.
media-edited = ✏️ لقد عدّلت رسالة. أنا أقرأ الرسائل الجديدة فقط – من فضلك أرسلها مرة أخرى.
media-other = للأسف لا أستطيع قراءة هذا. اكتب لي أو اضغط على زر.
not-understood = للأسف لا أفهم هذا بعد. 🙈 اضغط على زر – أو على «🙋 التحدث مع شخص» وسأريك كيف تتواصل مع الفريق.
error-sorry = عذراً، حدث خطأ عندي. يرجى المحاولة مرة أخرى بعد قليل. في حالة الطوارئ: 112 · Nummer gegen Kummer 116 111.
