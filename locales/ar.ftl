# Uli – النصوص العربية. لا تترجم العناصر النائبة مثل { $name }.
# جمل قصيرة وبسيطة: كثير من القرّاء صغار في السن أو يتعلّمون اللغة الآن.

## الترحيب واللغة
welcome = مرحبًا! 👋 أنا { $persona }، المساعد الرقمي في { $organisation }.
    أجيب عن أسئلتك فورًا – حتى في الليل.
    أنا برنامج كمبيوتر، ولست إنسانًا. إذا أردت التحدث مع شخص، يمكنك طلب ذلك ببساطة.
privacy-short = 🔒 حماية البيانات باختصار: لا داعي لذكر اسمك.
    نحفظ رسائلك لكي يستطيع الفريق مساعدتك – لكن لا نحفظ رقم هاتفك ولا صورة ملفك الشخصي.
    يمكنك في أي وقت طلب حذف كل شيء. المزيد: /privacy
privacy-short-kept = 🗓 تُحذف المحادثات بعد { $days } يومًا من آخر رسالة.
choose-language = بأي لغة أكتب لك؟
language-set = حسنًا، من الآن سأكتب لك بالعربية.
language-kept = أكتب لك بالعربية. يمكنك تغيير اللغة في أي وقت عبر /language.
choose-service = أي خدمة تهمّك؟ يمكنك الضغط عليها:
service-intro = أنت الآن في: { $name }. { $summary }
service-ask = ما الذي يهمّك معرفته؟
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
hours-appointment-book = 📅 يمكنك حجز موعد هنا مباشرة: اضغط على «{ $button }» أو اكتب /book.
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
person-appointment-only = { $book ->
        [yes] 📅 الاستشارة بموعد فقط – يمكنك حجز موعد هنا في المحادثة عبر /book، أو الاتصال أو إرسال بريد إلكتروني.
       *[no] 📅 الاستشارة بموعد فقط – يمكنك الاتصال أو إرسال بريد إلكتروني.
    }
crisis-short = 🆘 في حالة الطوارئ: 112. الكلام يساعد: Nummer gegen Kummer 116 111، TelefonSeelsorge 0800 111 0 111 – مجانًا وبدون ذكر الاسم.

## أسئلة شائعة
faq-title = ❓ أسئلة شائعة – يمكنك الضغط على سؤال:

## المساعدة وحماية البيانات
help = أنا { $persona }. أخبرك متى وأين تكون الخدمة مفتوحة، ولمن هي، وبأي لغات تُقدَّم الاستشارة. اكتب سؤالك أو اضغط على الأزرار.
help-commands = يمكنك أيضًا أن ترسل لي:
privacy-full = 🔒 حماية البيانات
    الجهة المسؤولة: { $organisation }.
    ما نحفظه: رسائلك هنا في المحادثة، ولغتك، والخدمة التي اخترتها. لا يُحفَظ اسمك ولا اسم المستخدم ولا صورة ملفك الشخصي ولا رقم هاتفك – الاسم فقط إذا أعطيتنا إياه بنفسك عبر /name. الفريق يرى اسمًا مستعارًا فقط.
    لماذا: لكي نستطيع الإجابة عن أسئلتك ومساعدتك. بدون موافقتك لا نعطي أي شيء لأحد – لا للسلطات ولا للوالدين. حتى لو كان عمرك أقل من 18 سنة، يمكنك أن تتكلم معنا دون أن يعرف والداك. فقط إذا كانت حياة شخص أو سلامته في خطر جدّي، يجب على الفريق أن يتصرّف.
    يمكنك في أي وقت السؤال عمّا هو محفوظ، وطلب حذف كل شيء. للتواصل: { $contact }
privacy-retention = 🗓 إلى متى: تُحذف المحادثة بعد { $days } يومًا من آخر رسالة – وبعد { $days_unanswered } يومًا إذا لم يشارك فيها أحد من الفريق.
privacy-link = 📄 النص الكامل: { $url }

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
not-understood = للأسف لا أفهم هذا بعد. 🙈 اضغط على زر – أو على «🙋 التحدث مع شخص»، وسيجيبك أحد من الفريق هنا.
error-sorry = عذرًا، حدث خطأ عندي. يُرجى المحاولة مرة أخرى بعد قليل. في حالة الطوارئ: 112 · Nummer gegen Kummer 116 111.

## الأسئلة المكتوبة
not-sure = لست متأكدًا تمامًا مما تقصده. 🤔 هل هو أحد هذه المواضيع؟ أو يمكن لشخص من الفريق أن يجيبك.
service-first = أستطيع الإجابة عن ذلك – أخبرني أولًا أي خدمة تقصد:
answer-greeting = مرحبًا! 👋 ماذا تريد أن تعرف؟ اكتب سؤالك أو اضغط على زر.
answer-thanks = على الرحب والسعة! 😊 اكتب لي في أي وقت إذا كان لديك سؤال آخر.
answer-hours-day = 🕒 { $name } – { $day }:
answer-hours-day-closed = مغلق في ذلك اليوم.
answer-hours-open-again = ⏳ يفتح مجددًا: { $day }، { $line }
answer-cost-free = 💶 { $name } مجاني لك.
answer-cost-ask = 💶 إن كان هنا شيء بمقابل مادي، سيخبرك الفريق – اضغط على «🙋 التحدث مع شخص».
answer-voluntary = 🤝 المجيء إلى { $name } طوعي. أنت تقرر عمّا تتحدث، ويمكنك التوقف في أي وقت.
answer-voluntary-ask = 🤝 إن كانت المشاركة طوعية، سيخبرك الفريق – اضغط على «🙋 التحدث مع شخص».
answer-confidential-anonymous = 🤐 لا يلزمك ذكر اسمك. يحتفظ الفريق بما تقوله لنفسه ولا ينقل شيئًا دون موافقتك – لا إلى الدوائر الرسمية ولا إلى الأهل. فقط إذا كانت حياة أحد أو سلامته في خطر جدي، يجب على الفريق أن يتصرف.
answer-confidential = 🤐 يحتفظ الفريق بما تقوله لنفسه ولا ينقل شيئًا دون موافقتك – لا إلى الدوائر الرسمية ولا إلى الأهل. فقط إذا كانت حياة أحد أو سلامته في خطر جدي، يجب على الفريق أن يتصرف.
answer-services = 🧰 ماذا يقدّم لك { $name }:
answer-appointment = 📅 لحجز موعد أو تغييره أو إلغائه، تواصل مع الفريق:
topic-cost = 💶 هل هو مجاني؟
topic-confidentiality = 🤐 هل يبقى الأمر سرًّا؟
topic-voluntary = 🤝 هل هو طوعي؟
topic-services = 🧰 ماذا تقدّمون؟
topic-appointment = 📅 موعد
topic-cancel = ❌ إلغاء موعد
language-switched = سأكتب لك الآن بالعربية. لتغيير اللغة: /language
foreign-language = عذرًا، لا أستطيع الكتابة بلغتك بعد. أجيب بالألمانية والإنجليزية. يمكن للفريق ترتيب مترجم: اضغط على «🙋 التحدث مع شخص».

## الأزمة
crisis-opening = 💙 شكرًا لأنك أخبرتني. يبدو هذا صعبًا جدًا – لست مضطرًا لمواجهته وحدك.
crisis-opening-unsure = 💙 ربما فهمتك خطأ – لكن إذا لم تكن بخير الآن أو كنت في خطر: لست مضطرًا أن تبقى وحدك مع هذا.
crisis-danger = 🆘 إذا كنت في خطر الآن، اتصل بالرقم 112 (الطوارئ) أو 110 (الشرطة). مجانًا، ليلًا ونهارًا.
crisis-talk = 📞 يمكنك التحدث مع أحد الآن، مجانًا ودون ذكر اسمك:
    • Nummer gegen Kummer (للشباب): 116 111
    • TelefonSeelsorge، ليلًا ونهارًا: 0800 111 0 111 أو 0800 111 0 222
crisis-violence = 📞 خط المساعدة ضد العنف (Hilfetelefon Gewalt gegen Frauen)، ليلًا ونهارًا، بلغات كثيرة: 116 016
crisis-shelter = 🛏 ليس لديك مكان تنام فيه الليلة؟ إذا كان عمرك أقل من 18 سنة، يجب على مكتب رعاية الشباب (Jugendamt) أن يستقبلك – الشرطة (110) توصلك به في أي وقت. إذا كان عمرك 18 أو أكثر، تخبرك الشرطة بأقرب مأوى طوارئ.
crisis-team-now = 🙋 أرسلت رسالتك إلى الفريق على أنها عاجلة. سيجيبك أحد هنا في أسرع وقت ممكن.
crisis-team-later = 🙋 أرسلت رسالتك إلى الفريق على أنها عاجلة. سيقرؤها { $when }. حتى ذلك الحين، من فضلك اتصل بأحد الأرقام أعلاه – هناك من هو موجود من أجلك.
crisis-team-soon = 🙋 أرسلت رسالتك إلى الفريق على أنها عاجلة. سيجيبك هنا بأسرع ما يستطيع. حتى ذلك الحين، من فضلك اتصل بأحد الأرقام أعلاه.

## التحويل إلى الفريق
when-from = { $day }، ابتداءً من { $time }
handover-now = 🙋 حوّلت محادثتنا إلى الفريق. سيجيبك أحد هنا قريبًا. استمر في الكتابة – الفريق يرى كل شيء.
handover-later = 🙋 حوّلت محادثتنا إلى الفريق. لا أحد في الدوام الآن؛ سيقرأ الفريق رسائلك { $when }. استمر في الكتابة – الفريق يرى كل شيء.
handover-unknown-hours = 🙋 حوّلت محادثتنا إلى الفريق. سيجيبك هنا بأسرع ما يستطيع.
handover-already = أنت تنتظر الفريق بالفعل. اكتب هنا فقط – الفريق يرى كل شيء.
handover-direct = يمكنك أيضًا التواصل مع الفريق مباشرة:
handover-ack = 📨 وصلت رسالتك. سيقرؤها الفريق.
handover-ack-soon = 📨 وصلت رسالتك. يوجد الآن أحد من الفريق في الدوام، وسيجيبك هنا قريبًا.
handover-ack-later = 📨 وصلت رسالتك. لا أحد في الدوام الآن؛ سيقرأ الفريق رسالتك { $when }.
handover-still-with-team = 💬 محادثتك باقية مع الفريق – سيقرأ هذا السؤال أيضًا.
handover-end-button = ✖️ إنهاء المحادثة مع الفريق
handover-ended = حسنًا، أنت تكتب الآن معي مجددًا، المساعد الرقمي. اضغط على «🙋 التحدث مع شخص» متى أردت الفريق مرة أخرى.

## بياناتك
command-mydata = ما المحفوظ عني
command-delete = احذف بياناتي
privacy-rights = 📄 /mydata يرسل لك كل ما هو محفوظ عنك · 🗑 /delete يحذفه.
mydata-caption = 📄 هذا كل ما يحفظه Uli عنك. للحذف: /delete
mydata-file-title = ما يحفظه Uli عنك ({ $date })
mydata-pseudonym = اسمك المستعار لدى الفريق: { $pseudonym }
mydata-language = اللغة: { $language }
mydata-first-seen = أول رسالة: { $date }
mydata-conversation = محادثة بتاريخ { $date }
mydata-you = أنت
mydata-uli = Uli
mydata-team = الفريق
mydata-note = ملاحظة من الفريق
delete-confirm = 🗑 هل تريد أن أحذف كل ما هو محفوظ عنك – رسائلك واسمك المستعار ولغتك؟ لا يمكن التراجع عن ذلك. سيرى الفريق فقط أن محادثة حُذفت بناءً على طلبك.
delete-yes = 🗑 نعم، احذف كل شيء
delete-no = لا، احتفظ بها
delete-done = ✅ تم: حُذف كل شيء. إذا كتبت مرة أخرى، نبدأ من جديد. اعتنِ بنفسك! 👋
delete-kept = حسنًا، لم يُحذف شيء.
command-name = أخبر الفريق باسم
name-how = لا يلزمك ذكر اسمك. إذا أردت أن يناديك الفريق باسمك، اكتب لي اسمك فقط، مثلًا «سامي».
name-saved = ✅ شكرًا يا { $name }! يرى الفريق هذا الاسم الآن. لحذفه: /name
name-forgotten = حسنًا، حُذف الاسم. يرى الفريق اسمك المستعار فقط مرة أخرى.
name-forget-button = 🗑 احذف اسمي
mydata-name = اسمك لدى الفريق: { $name }

## Appointments
button-book = 📅 موعد
command-book = حجز موعد
command-appointments = مواعيدي
booking-choose-place = 📍 أين تريد أن يكون موعدك؟
booking-choose-day = 📅 متى يناسبك؟ المواعيد المتاحة في { $place }:
booking-no-days = 📅 للأسف لا توجد مواعيد متاحة حاليًا.
booking-drop-in = 🚶 أو تعال ببساطة بدون موعد: { $day }، { $line }
booking-choose-time = 🕒 أي وقت يناسبك – { $day }؟
booking-other-day = 📅 يوم آخر
booking-choose-topic = عن أي موضوع؟ هذا يساعد الفريق على التحضير. يمكنك أيضًا التخطي.
booking-topic-work = 💼 تدريب مهني/عمل
booking-topic-papers = 📄 الإقامة/الأوراق
booking-topic-housing = 🏠 السكن
booking-topic-other = 💬 موضوع آخر
booking-topic-skip = ⏭ تخطي
booking-check = هل هذا صحيح؟ { $day } الساعة { $time }، { $place }
booking-check-move = هل تريد نقل موعدك إلى { $day } الساعة { $time }، { $place }؟
booking-yes = ✅ نعم، احجز
booking-yes-move = ✅ نعم، انقل الموعد
booking-other-time = 🔁 وقت آخر
booking-booked = ✅ تم حجز موعدك!
booking-moved = ✅ تم نقل موعدك!
booking-when = 📅 { $day } الساعة { $time }
booking-where = 📍 { $place }، { $address }
booking-bring = 🎒 أحضر معك: { $list }
booking-change = يمكنك نقل الموعد أو إلغاؤه بالأزرار هنا أو في أي وقت عبر /appointments.
booking-move = 🔁 نقل الموعد
booking-cancel = ❌ إلغاء
booking-calendar = 📅 ملف التقويم
booking-calendar-caption = 📅 موعدك كملف تقويم: افتحه لإضافته إلى تقويمك.
booking-gone = 😕 للأسف هذا الموعد لم يعد متاحًا. إليك مواعيد أخرى:
booking-day-full = 😕 للأسف لا يوجد موعد متاح في هذا اليوم ({ $day }). هذه أيام أخرى:
booking-taken = 😕 آسف، شخص آخر كان أسرع: هذا الوقت حُجز للتو. إليك أوقاتًا أخرى متاحة:
booking-list-title = 📅 مواعيدك:
booking-list-item = 📅 { $day } الساعة { $time }، { $place }
booking-list-empty = ليس لديك مواعيد حاليًا. احجز موعدًا: /book
booking-cancel-ask = هل تريد فعلًا إلغاء هذا الموعد: { $day } الساعة { $time }؟
booking-cancel-yes = ❌ نعم، ألغِ الموعد
booking-cancel-no = لا، أبقِه
booking-cancelled = حسنًا، تم إلغاء موعدك: { $day } الساعة { $time }. احجز موعدًا جديدًا: /book
booking-kept = 👍 حسنًا، موعدك باقٍ.
booking-not-found = لم أعد أجد هذا الموعد – ربما أُلغي أو انتهى. مواعيدك: /appointments
booking-ics-summary = موعد: { $name }
booking-by-team = ✅ حجز لك الفريق موعدًا!
booking-cancelled-by-team = 😕 للأسف اضطر الفريق إلى إلغاء موعدك: { $day } الساعة { $time }. احجز موعدًا جديدًا أو اكتب لنا.
reminder-title = ⏰ تذكير: موعدك { $day } الساعة { $time }.
reminder-change = لا تستطيع الحضور؟ انقل الموعد أو ألغِه من هنا، حتى يحصل شخص آخر على هذا الوقت.
mydata-appointment = موعد: { $date }، { $place }
mydata-status-booked = محجوز
mydata-status-cancelled = ملغى
mydata-status-attended = تمّ الحضور
mydata-status-missed = لم يتم الحضور

## Console: the caseworkers' web console (console/) and its canned replies.
# The console's own words; `canned-…` are replies a caseworker can send (young people read them).
console-title = لوحة المرشدين
console-inbox = صندوق الوارد
console-admin-users = الحسابات
console-logout = تسجيل الخروج
console-ui-language = اللغة
console-login = تسجيل الدخول
console-email = البريد الإلكتروني
console-password = كلمة المرور
console-new-password = كلمة مرور جديدة (اتركها فارغة لتبقى كما هي)
console-login-wrong = البريد الإلكتروني أو كلمة المرور غير صحيحة.
console-login-throttled = محاولات فاشلة كثيرة. حاول مرة أخرى بعد { $number } دقيقة.
console-tab-waiting = في الانتظار
console-tab-mine = الخاصة بي
console-tab-open = كل المفتوحة
console-tab-closed = المغلقة
console-inbox-empty = لا أحد هنا الآن.
console-inbox-more = عرض محادثات أخرى
console-no-contact-points = أنت لا تنتمي بعد إلى أي مركز. يمكن للمسؤول إضافتك.
console-column-waiting = ينتظر منذ
console-column-person = الشخص
console-column-language = اللغة
console-column-contact-point = المركز
console-column-last-message = آخر رسالة
console-column-who = من يتولى
console-urgent = عاجل
console-urgent-long = عاجل: لاحظ Uli علامات أزمة. يرجى الرد على هذا أولًا.
console-unreachable-short = لا يمكن الوصول
console-unreachable = هذا الشخص حظر Uli: لن تصل الرسائل إليه حتى يكتب من جديد.
console-suggested = مقترح: { $name }
console-nobody-speaks = لا أحد في الفريق يتحدث: { $name }
console-language-unknown = غير معروفة
console-language-of-person = لغة الشخص
console-status-bot = مع Uli
console-status-waiting = في الانتظار
console-status-assigned = قيد المتابعة
console-status-closed = مغلقة
console-assigned-to = لدى { $name }
console-waiting-since = ينتظر منذ { $since }
console-minutes = { $number } د
console-hours = { $number } س
console-days = { $number } يوم
console-claim = تولَّ المحادثة
console-release = إعادة
console-assign = إسناد
console-close = إغلاق
console-reopen = إعادة الفتح
console-reply-to = الرد – الشخص يقرأ: { $name }
console-canned = رد جاهز
console-send = إرسال
console-note-add = ملاحظة داخلية
console-note-hint = الملاحظات يراها الفريق فقط، ولا تُرسل أبدًا إلى الشخص.
console-note-save = حفظ الملاحظة
console-notes = الملاحظات
console-notes-none = لا توجد ملاحظات بعد.
console-delivery-pending = ⏳ قيد الإرسال
console-delivery-sent = ✓ تم التسليم
console-delivery-unreachable = ✗ لم يُسلَّم: محظور
console-delivery-rejected = ✗ رفضه Telegram
console-open-media = فتح
console-older-messages = رسائل أقدم
console-kind-text = نص
console-kind-command = أمر
console-kind-button = تم الضغط على زر
console-kind-sticker = ملصق
console-kind-photo = صورة
console-kind-voice = رسالة صوتية
console-kind-video = فيديو
console-kind-document = مستند
console-kind-location = موقع
console-kind-contact_card = جهة اتصال
console-kind-edited = رسالة معدّلة
console-kind-other = رسالة أخرى
console-former-colleague = زميل سابق
console-canned-hello = تحية
console-canned-more = اطلب المزيد
console-canned-appointment = اقترح موعدًا
console-canned-documents = ما يجب إحضاره
console-canned-later = سأرد لاحقًا
console-canned-goodbye = ختام
console-error-empty = النص فارغ.
console-error-too-long = النص طويل جدًا.
console-error-closed = المحادثة مغلقة. أعد فتحها أولًا.
console-error-not-member = هذا الزميل لا يعمل في هذا المركز.
console-error-not-closed = المحادثة غير مغلقة.
console-error-newer-open = الشخص يكتب بالفعل في محادثة أحدث. رُدّ هناك.
console-error-email = هذا ليس عنوان بريد إلكتروني صالحًا.
console-error-email-taken = يوجد حساب لهذا البريد الإلكتروني بالفعل.
console-error-password = يجب أن تتكون كلمة المرور من 10 أحرف على الأقل.
console-error-password-spaces = كلمة المرور مسافات فقط. اختر كلمة مرور أخرى.
console-error-password-repeated = كلمة المرور حرف واحد مكرر. اختر كلمة مرور أخرى.
console-error-password-sequence = كلمة المرور سلسلة متتالية مثل 12345678 أو abcdefgh. اختر كلمة مرور أخرى.
console-error-password-digits = كلمة المرور أرقام فقط. أضف حروفًا أو رموزًا.
console-error-password-email = كلمة المرور هي عنوان البريد الإلكتروني نفسه. اختر كلمة مرور أخرى.
console-error-nul = يحتوي الإدخال على حرف تحكم غير مرئي (NUL) لا يمكن حفظه. اكتبه من جديد.
console-error-name = يجب أن يتكون الاسم من 1 إلى 80 حرفًا.
console-error-languages = اكتب اللغات كرموز مفصولة بفواصل، مثل de,ar,fa.
console-error-contact-points = مركز غير معروف.
console-error-role = دور غير معروف.
console-error-self = لا يمكنك سحب دور المسؤول من نفسك أو إيقاف حسابك.
console-error-no-account = هذا الحساب غير موجود.
console-error-admin-only = المسؤولون فقط يديرون الحسابات.
console-error-csrf = بقيت الصفحة مفتوحة وقتًا طويلًا. أعد تحميلها وحاول مرة أخرى.
console-page-forbidden = لا صلاحية
console-page-forbidden-text = هذه الصفحة للمسؤولين فقط.
console-page-not-found = غير موجود
console-page-not-found-text = هذه المحادثة أو الصفحة غير موجودة، أو تتبع مركزًا آخر.
console-page-failed = لم ينجح ذلك
console-name = الاسم
console-role = الدور
console-role-caseworker = مرشد
console-role-admin = مسؤول
console-languages = اللغات
console-contact-points = المراكز
console-active = نشط
console-admin-new-user = حساب جديد
console-save = حفظ
canned-hello = مرحبًا، أنا { $name } من الفريق. قرأت رسالتك وسأرد عليك بالتفصيل بعد قليل.
canned-more = هل يمكنك أن تخبرني أكثر قليلًا عن الموضوع؟ يمكنك أيضًا إرسال رسالة صوتية.
canned-appointment = هل نحدد موعدًا؟ اكتب لي في أي أيام وأي أوقات تكون متاحًا.
canned-documents = من فضلك أحضر معك إلى الموعد ما لديك من أوراق (مثلًا الهوية، ورقة الإقامة، رسائل من الدوائر الرسمية). إذا كان شيء ناقصًا فلا مشكلة – تعال على أي حال.
canned-later = لا أستطيع الرد بالتفصيل الآن. سأكتب لك في موعد أقصاه يوم العمل التالي.
canned-goodbye = شكرًا على رسالتك! إذا احتجت إلى أي شيء آخر، فقط اكتب لنا مرة أخرى. كل التوفيق!
console-admin-access-log = سجل الوصول
console-log-hint = من قرأ أو فعل ماذا في وحدة التحكم، الأحدث أولاً. لا يمكن لأحد تغيير الإدخالات أو حذفها. الأوقات بتوقيت UTC.
console-log-who = من
console-log-action = الإجراء
console-log-conversation = المحادثة
console-log-since = من (تاريخ)
console-log-until = حتى (تاريخ)
console-log-filter = تصفية
console-log-any = الكل
console-log-when = متى
console-log-detail = تفاصيل
console-log-nobody = – (بدون حساب)
console-log-newer = أحدث
console-log-older = أقدم
console-log-page = الصفحة { $number } من { $max }
console-log-empty = لا توجد إدخالات.
console-action-view_conversation = قُرئت المحادثة
console-action-open_media = فُتح ملف وسائط
console-action-export = تصدير
console-action-delete_request = حُذف بطلب من الشخص
console-action-reply = أُرسل رد
console-action-claim = تم تولّيها
console-action-assign = أُسندت
console-action-release = أُعيدت
console-action-close = أُغلقت
console-action-reopen = أُعيد فتحها
console-action-note = أُضيفت ملاحظة
console-action-login = تسجيل دخول
console-action-login_failed = تسجيل دخول فاشل
console-action-logout = تسجيل خروج
console-action-user_created = أُنشئ حساب
console-action-user_changed = عُدّل حساب
console-action-view_appointments = عُرضت قائمة المواعيد
console-action-appointment_book = حُجز موعد
console-action-appointment_cancel = أُلغي موعد
console-action-appointment_mark = عُلّم الموعد (حضر/لم يحضر)
console-given-name = الاسم الذي ذكره الشاب في المحادثة
console-appt-nav = المواعيد
console-appt-title = المواعيد
console-appt-place = المكان
console-appt-show = عرض
console-appt-day = يوم
console-appt-week = أسبوع
console-appt-previous-day = → اليوم السابق
console-appt-next-day = اليوم التالي ←
console-appt-previous-week = → الأسبوع السابق
console-appt-next-week = الأسبوع التالي ←
console-appt-today = اليوم
console-appt-week-of = الأسبوع من { $start } إلى { $end }
console-appt-no-places = لا يقدّم أيّ مركز من مراكزك مواعيد.
console-appt-none = لا توجد مواعيد.
console-appt-free-title = متاح
console-appt-free = { $time } – { $number } من { $max } متاح
console-appt-free-none = لا توجد أوقات متاحة.
console-appt-column-time = الوقت
console-appt-column-topic = الموضوع
console-appt-column-status = الحالة
console-appt-column-actions = الإجراءات
console-appt-status-booked = محجوز
console-appt-status-attended = حضر
console-appt-status-missed = لم يحضر
console-appt-status-cancelled = أُلغي
console-appt-booked-by = حجزه { $name }
console-appt-open-conversation = المحادثة
console-appt-attended = حضر
console-appt-missed = لم يحضر
console-appt-cancel = إلغاء …
console-appt-cancel-title = إلغاء الموعد؟
console-appt-cancel-text = سيتلقى الشخص فورًا رسالة بلغته ({ $language }) بأن الموعد أُلغي. لن تُرسل التذكيرات.
console-appt-cancel-confirm = نعم، ألغِ الموعد وأخبره
console-appt-cancel-back = لا، رجوع
console-appt-upcoming = المواعيد
console-appt-upcoming-none = لا توجد مواعيد قادمة.
console-appt-book = حجز موعد
console-appt-slot = وقت متاح
console-appt-slot-option = { $day } { $time } ({ $number } من { $max } متاح)
console-appt-topic = الموضوع (اختياري)
console-appt-book-submit = احجز
console-appt-book-hint = سيتلقى الشخص تأكيدًا بلغته وتذكيرات قبل الموعد.
console-appt-no-slots = لا توجد أوقات متاحة في الأيام الـ 14 القادمة.
console-appt-not-bookable = لا يوجد مكان بمواعيد لهذه المحادثة.
console-error-no-slot = هذا الوقت غير موجود (أو انتهى). اختر وقتًا من القائمة.
console-error-slot-full = هذا الوقت محجوز بالكامل الآن. اختر وقتًا آخر.
console-error-not-booked = هذا الموعد لم يعد محجوزًا.
console-error-bad-status = علّم الموعد: حضر أو لم يحضر.
console-error-already-booked = لدى الشخص موعد في هذا الوقت بالفعل.
console-error-past = بدأ الموعد بالفعل. بدلًا من الإلغاء علّمه: حضر أو لم يحضر.
console-error-not-yet = يمكن تعليم الموعد في يومه أو بعده فقط.
console-deleted-title = حُذفت بطلب من الشخص (آخر { $number } يومًا)
console-deleted-notice = المحادثة رقم { $number } · { $place } · حُذفت بطلب من الشخص في { $day } الساعة { $time }. لم يعد يُحفظ منها أي شيء.
console-page-deleted = حُذفت المحادثة
console-page-deleted-text = حُذفت هذه المحادثة بطلب من الشخص في { $day } الساعة { $time }. لم يعد يُحفظ منها أي شيء.
## End of console section

# Follow-ups after an appointment (flows/appointments/follow_ups.py)
follow-up-attended = كيف كان موعدك عندنا؟ إذا أردت، يمكنك حجز موعد آخر هنا – أو التحدث مع شخص من الفريق.
follow-up-missed = افتقدناك في موعدك. لا مشكلة – هل تريد حجز موعد جديد؟ أو تحدث مع شخص من الفريق.

# A typed question answered by the FAQ of a service not chosen yet: whose answer it is.
faq-from-service = إجابة من { $name }:
