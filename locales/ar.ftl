# Uli – النصوص العربية. لا تترجم العناصر النائبة مثل { $name }.
# جمل قصيرة وبسيطة: كثير من القرّاء صغار في السن أو يتعلّمون اللغة الآن.

## الترحيب واللغة
welcome = مرحبًا! 👋 أنا { $persona }، المساعد الرقمي في { $organisation }. أجيب عن أسئلتك فورًا – حتى في الليل. أنا برنامج كمبيوتر، ولست إنسانًا. إذا أردت التحدث مع شخص، يمكنك طلب ذلك ببساطة.
privacy-short = 🔒 حماية البيانات باختصار: لا داعي لذكر اسمك. نحفظ رسائلك لكي يستطيع الفريق مساعدتك – لكن لا نحفظ رقم هاتفك ولا صورة ملفك الشخصي. يمكنك في أي وقت طلب حذف كل شيء. المزيد: /privacy
choose-language = بأي لغة أكتب لك؟
language-set = حسنًا، من الآن سأكتب لك بالعربية.
language-kept = أكتب لك بالعربية. يمكنك تغيير اللغة في أي وقت عبر /language.
choose-service = أي خدمة تهمّك؟ يمكنك الضغط عليها:
service-intro = أنت الآن في: { $name }. { $summary }
    ما الذي يهمّك معرفته؟
menu-prompt = ما الذي يهمّك معرفته؟ يمكنك الضغط على زر.

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
       *[drop_in] استقبال مفتوح، بدون موعد
    })
hours-open-now = ✅ مفتوح الآن: { $line }
hours-next = ⏳ مغلق الآن. المرة القادمة: { $day }، { $line }
hours-none-known = لا توجد أوقات مسجّلة الآن. يُرجى التواصل معنا عبر الهاتف أو البريد الإلكتروني.
hours-closed-today = مغلق اليوم: { $reason }
day-today = اليوم، { $day }
day-tomorrow = غدًا، { $day }
hours-week-title = الأيام السبعة القادمة:
hours-appointment-hint = يمكنك أخذ موعد عبر الهاتف أو البريد الإلكتروني – يكفي الضغط على «🙋 التحدث مع شخص».
hours-closed = مغلق
hours-holiday = عطلة رسمية ({ $name })
hours-closed-because = مغلق ({ $reason })
programme-ended = ⚠️ انتهت خدمة { $name } في { $since }. لم تعد موجودة.
programme-not-started = تبدأ خدمة { $name } في { $starts }.
programme-alternatives = هذه الخدمات متاحة الآن – ربما تناسبك إحداها:
programme-no-alternatives = للأسف لا أعرف الآن خدمة أخرى مناسبة. في حالة الطوارئ: 112. Nummer gegen Kummer: 116 111 (مجانًا).

## المكان
where-title = 📍 مكان { $name }:

## لمن هذه الخدمة
who-title = 👥 لمن { $name }؟
who-age = العمر: من { $min } إلى { $max } سنة
who-residence = وضع الإقامة: { $list }
who-areas = مكان السكن: { $list }
who-offers = ما يقدّمونه: { $list }
residence-any = أي وضع
residence-duldung = Duldung (تعليق مؤقت للترحيل)
residence-gestattung = Gestattung (إذن بالبقاء أثناء إجراءات اللجوء)
residence-residence_permit = تصريح إقامة
residence-eu_citizen = مواطنو ومواطنات الاتحاد الأوروبي
offer-clearing = استشارة قصيرة (Clearing)
offer-case_management = مرافقة لفترة أطول (Case Management)
offer-street_work = العمل الاجتماعي في الشارع
offer-open_consultation = استقبال مفتوح بدون موعد
offer-appointments = استشارة بموعد
offer-coaching = تدريب ومرافقة شخصية (Coaching)
offer-interpreters = مترجمون ومترجمات
promise-free = مجانًا
promise-voluntary = طوعي
promise-anonymous = ممكن بدون ذكر الاسم

## اللغات
languages-counselling = 🗣 الاستشارة في { $name } باللغات: { $list }.
languages-interpreters = للغات الأخرى يوجد مترجمون ومترجمات.
languages-bring-someone = يمكنك إحضار شخص معك ليترجم لك.
languages-uli = هنا في المحادثة أكتب بالألمانية والإنجليزية والروسية والعربية والتركية والأوكرانية والفارسية.

## التواصل مع شخص
person-title = 🙋 طرق التواصل مع فريق { $name }:
person-phone = 📞 الهاتف: { $phone }
person-sms = 💬 رسائل SMS/ماسنجر: { $number }
person-email = ✉️ البريد الإلكتروني: { $email }
person-drop-in-now = 🚪 يمكنك المجيء الآن بدون موعد: { $line }
person-drop-in-next = 🚪 المجيء بدون موعد: { $day }، { $line }
person-appointment-only = 📅 الاستشارة بموعد فقط – يمكنك الاتصال أو إرسال بريد إلكتروني.
crisis-short = 🆘 في حالة الطوارئ: 112. الكلام يساعد: Nummer gegen Kummer 116 111، TelefonSeelsorge 0800 111 0 111 – مجانًا وبدون ذكر الاسم.

## أسئلة شائعة
faq-title = ❓ أسئلة شائعة – يمكنك الضغط على سؤال:

## المساعدة وحماية البيانات
help = أنا { $persona }. أخبرك متى وأين تكون الخدمة مفتوحة، ولمن هي، وبأي لغات تُقدَّم الاستشارة. يكفي الضغط على الأزرار.
    الأوامر: /hours أوقات الدوام · /language اللغة · /menu القائمة · /privacy حماية البيانات
privacy-full = 🔒 حماية البيانات
    الجهة المسؤولة: { $organisation }.
    ما نحفظه: رسائلك هنا في المحادثة، ولغتك، والخدمة التي اخترتها. لا يُحفَظ اسمك ولا اسم المستخدم ولا صورة ملفك الشخصي ولا رقم هاتفك. الفريق يرى اسمًا مستعارًا فقط.
    لماذا: لكي نستطيع الإجابة عن أسئلتك ومساعدتك. بدون موافقتك لا نعطي أي شيء لأحد – لا للسلطات ولا للوالدين. فقط إذا كانت حياة شخص أو سلامته في خطر جدّي، يجب على الفريق أن يتصرّف.
    يمكنك في أي وقت السؤال عمّا هو محفوظ، وطلب حذف كل شيء. للتواصل: { $contact }

## ما لا أفهمه
unknown-command = لا أعرف هذا الأمر. يمكنك تجربة /help أو الضغط على زر.
stale-button = هذا الزر لم يعد صالحًا. هذه هي القائمة الحالية:
media-sticker = 😊 شكرًا! أستطيع قراءة النصوص والأزرار فقط.
media-file = 📎 لا أستطيع فتح الصور والفيديوهات والملفات هنا. يُرجى عدم إرسال وثائق فيها بيانات شخصية هنا – الأفضل إحضارها معك إلى الموعد.
media-voice = 🎤 للأسف لا أستطيع الاستماع إلى الرسائل الصوتية. يمكنك كتابة بضع كلمات لي أو الضغط على زر.
media-location = 📍 شكرًا، لا أحتاج إلى موقعك. في «📍 أين؟» يظهر مكاننا.
media-contact-card = شكرًا! لا أحفظ جهات الاتصال.
media-edited = ✏️ لقد عدّلت رسالة. أنا أقرأ الرسائل الجديدة فقط – يُرجى إرسالها لي مرة أخرى.
media-other = للأسف لا أستطيع قراءة هذا. يمكنك الكتابة لي أو الضغط على زر.
not-understood = للأسف لا أفهم هذا بعد. 🙈 يمكنك الضغط على زر – أو على «🙋 التحدث مع شخص»، وسأريك كيف يمكنك التواصل مع الفريق.
error-sorry = عذرًا، حدث خطأ عندي. يُرجى المحاولة مرة أخرى بعد قليل. في حالة الطوارئ: 112 · Nummer gegen Kummer 116 111.
