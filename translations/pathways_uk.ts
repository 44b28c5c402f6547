<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>StartupOptions</name>
    <message>
        <source>Pathways referral directory</source>
        <translation>Pathways, довідник для перенаправлення</translation>
    </message>
    <message>
        <source>Data folder.</source>
        <translation>Папка даних.</translation>
    </message>
    <message>
        <source>Content languages, e.g. uk,sl.</source>
        <translation>Мови вмісту, напр. uk,sl.</translation>
    </message>
    <message>
        <source>A directory update (*.pathways) to install.</source>
        <translation>Оновлення довідника (*.pathways) для встановлення.</translation>
    </message>
    <message>
        <source>Give at most one bundle file.</source>
        <translation>Вкажіть не більше одного файлу довідника.</translation>
    </message>
</context>
<context>
    <name>UpdateController</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
</context>
<context>
    <name>UpdateWords</name>
    <message>
        <source>The file changed after you looked at it</source>
        <translation>Файл змінився після того, як ви його переглянули</translation>
    </message>
    <message>
        <source>Open it again to see what it would change now.</source>
        <translation>Відкрийте його знову, щоб побачити, що він змінить тепер.</translation>
    </message>
    <message>
        <source>This file is damaged or is not a Pathways directory</source>
        <translation>Цей файл пошкоджений або не є довідником Pathways</translation>
    </message>
    <message>
        <source>Ask the sender for a new copy.</source>
        <translation>Попросіть відправника надіслати нову копію.</translation>
    </message>
    <message>
        <source>This file comes from a publisher you do not trust yet</source>
        <translation>Цей файл від видавця, якому ви ще не довіряєте</translation>
    </message>
    <message>
        <source>If you expect directory updates from this publisher, ask your coordinator for their key and compare the fingerprint with them by phone. Add it under Trusted publishers, then open this file again.</source>
        <translation>Якщо ви очікуєте оновлення довідника від цього видавця, попросіть у свого координатора їхній ключ і звірте відбиток з ним телефоном. Додайте ключ у «Довірені видавці», а потім знову відкрийте цей файл.</translation>
    </message>
    <message>
        <source>This file is not genuine</source>
        <translation>Цей файл не справжній</translation>
    </message>
    <message>
        <source>Do not pass it on. Ask the publisher for a new copy.</source>
        <translation>Не передавайте його далі. Попросіть видавця надіслати нову копію.</translation>
    </message>
    <message>
        <source>This file cannot be used by this version of Pathways</source>
        <translation>Ця версія Pathways не може використати цей файл</translation>
    </message>
    <message>
        <source>Install the newest Pathways, or ask the sender for a new copy.</source>
        <translation>Встановіть найновішу версію Pathways або попросіть відправника надіслати нову копію.</translation>
    </message>
    <message>
        <source>You already have a newer directory (%1)</source>
        <extracomment>%1 is the version number of the newest directory this computer has had.</extracomment>
        <translation>У вас уже є новіший довідник (%1)</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Нічого робити не потрібно.</translation>
    </message>
    <message>
        <source>This file is damaged</source>
        <translation>Цей файл пошкоджений</translation>
    </message>
    <message>
        <source>This file&apos;s directory data is not valid</source>
        <translation>Дані довідника в цьому файлі недійсні</translation>
    </message>
    <message>
        <source>Tell the publisher, and ask for a corrected copy.</source>
        <translation>Повідомте видавця і попросіть виправлену копію.</translation>
    </message>
    <message>
        <source>The directory could not be installed</source>
        <translation>Не вдалося встановити довідник</translation>
    </message>
    <message>
        <source>The disk may be full or not writable. Free some space, then try again.</source>
        <translation>Можливо, диск заповнений або недоступний для запису. Звільніть місце і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>You already have this directory</source>
        <translation>Цей довідник у вас уже є</translation>
    </message>
    <message>
        <source>No newer directory online</source>
        <translation>У мережі немає новішого довідника</translation>
    </message>
    <message>
        <source>A new version of the directory</source>
        <translation>Нова версія довідника</translation>
    </message>
    <message>
        <source>The previous version is back</source>
        <translation>Попередню версію відновлено</translation>
    </message>
    <message>
        <source>Directory updated</source>
        <translation>Довідник оновлено</translation>
    </message>
    <message>
        <source>Download stopped</source>
        <translation>Завантаження зупинено</translation>
    </message>
    <message>
        <source>No previous version is kept</source>
        <translation>Попередня версія не збережена</translation>
    </message>
    <message>
        <source>A previous version is kept from the next update on.</source>
        <translation>Попередня версія зберігатиметься починаючи з наступного оновлення.</translation>
    </message>
    <message>
        <source>Nothing could be done</source>
        <translation>Нічого не вдалося зробити</translation>
    </message>
    <message>
        <source>Check the update address in Settings: it must start with https://.</source>
        <translation>Перевірте адресу оновлень у налаштуваннях: вона має починатися з https://.</translation>
    </message>
    <message>
        <source>No connection to the update server</source>
        <translation>Немає з’єднання з сервером оновлень</translation>
    </message>
    <message>
        <source>Check that this computer is online, then try again.</source>
        <translation>Перевірте, чи комп’ютер підключено до інтернету, і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The download is too large to be a Pathways directory</source>
        <translation>Завантаження завелике, щоб бути довідником Pathways</translation>
    </message>
    <message>
        <source>Check the update address in Settings, or tell your coordinator.</source>
        <translation>Перевірте адресу оновлень у налаштуваннях або повідомте координатора.</translation>
    </message>
    <message>
        <source>There is no directory at the update address</source>
        <translation>За адресою оновлень немає довідника</translation>
    </message>
    <message>
        <source>The update server&apos;s secure connection could not be trusted</source>
        <translation>Захищеному з’єднанню з сервером оновлень не можна довіряти</translation>
    </message>
    <message>
        <source>Try again later, or tell your coordinator.</source>
        <translation>Спробуйте пізніше або повідомте координатора.</translation>
    </message>
    <message>
        <source>The update server answered with an error</source>
        <translation>Сервер оновлень відповів помилкою</translation>
    </message>
    <message>
        <source>Check online again to see what the new download would change.</source>
        <translation>Перевірте онлайн ще раз, щоб побачити, що змінило б нове завантаження.</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::AboutDialog</name>
    <message>
        <source>About Pathways</source>
        <translation>Про Pathways</translation>
    </message>
    <message>
        <source>An offline referral directory for mediators and field workers.</source>
        <translation>Довідник для перенаправлення, що працює без інтернету, для медіаторів і польових працівників.</translation>
    </message>
    <message>
        <source>This directory</source>
        <translation>Цей довідник</translation>
    </message>
    <message>
        <source>Publisher: %1</source>
        <translation>Видавець: %1</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Версія %1 від %2</translation>
    </message>
    <message>
        <source>No expiry date</source>
        <translation>Термін дії не обмежено</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Дійсний до: %1</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Ліцензії</translation>
    </message>
    <message>
        <source>Pathways is free software under the GNU GPL, version 3 or later. It uses:</source>
        <translation>Pathways — вільне програмне забезпечення за ліцензією GNU GPL версії 3 або новішої. Використовує:</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::ActiveFiltersBar</name>
    <message>
        <source>Active filters</source>
        <translation>Активні фільтри</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Прибрати цей фільтр</translation>
    </message>
    <message>
        <source>Remove filter: %1</source>
        <translation>Прибрати фільтр: %1</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Фільтри:</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Очистити все</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Очистити всі фільтри</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::CorrectionDialog</name>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Електронна пошта</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Години роботи</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Як звернутися</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Хто може звернутися</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Документи з собою</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Час очікування</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Мови спілкування</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Щось інше</translation>
    </message>
    <message>
        <source>Report outdated information</source>
        <translation>Повідомити про застарілі дані</translation>
    </message>
    <message>
        <source>What is wrong? For example: the number is no longer in use.</source>
        <translation>Що не так? Наприклад: номер більше не діє.</translation>
    </message>
    <message>
        <source>The right value, if you know it</source>
        <translation>Правильне значення, якщо ви його знаєте</translation>
    </message>
    <message>
        <source>For &lt;b&gt;%1&lt;/b&gt;. The report waits on this computer until you export the corrections for the directory&apos;s coordinator.</source>
        <translation>Для &lt;b&gt;%1&lt;/b&gt;. Повідомлення зберігається на цьому комп’ютері, доки ви не експортуєте виправлення для координатора довідника.</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Поле:</translation>
    </message>
    <message>
        <source>The directory says:</source>
        <translation>У довіднику зазначено:</translation>
    </message>
    <message>
        <source>&amp;What is wrong:</source>
        <translation>&amp;Що не так:</translation>
    </message>
    <message>
        <source>&amp;Suggested value:</source>
        <translation>Запропоноване &amp;значення:</translation>
    </message>
    <message>
        <source>&amp;Queue the report</source>
        <translation>&amp;Зберегти повідомлення</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(нічого)</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::CorrectionsDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>E&amp;xport for the coordinator…</source>
        <translation>&amp;Експортувати для координатора…</translation>
    </message>
    <message>
        <source>Reported corrections</source>
        <translation>Надіслані виправлення</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Suggested value or problem</source>
        <translation>Запропоноване значення або проблема</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Повідомлено</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>очікує</translation>
    </message>
    <message>
        <source>exported %1</source>
        <translation>експортовано %1</translation>
    </message>
    <message>
        <source>Export corrections</source>
        <translation>Експорт виправлень</translation>
    </message>
    <message>
        <source>Corrections (*.json)</source>
        <translation>Виправлення (*.json)</translation>
    </message>
    <message>
        <source>The corrections could not be exported: %1</source>
        <translation>Не вдалося експортувати виправлення: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln correction(s) to %1. Send the file to the directory&apos;s coordinator.</source>
        <translation>
            <numerusform>Експортовано %Ln виправлення до %1. Надішліть файл координаторові довідника.</numerusform>
            <numerusform>Експортовано %Ln виправлення до %1. Надішліть файл координаторові довідника.</numerusform>
            <numerusform>Експортовано %Ln виправлень до %1. Надішліть файл координаторові довідника.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pathways::desktop::DetailHtml</name>
    <message>
        <source>Copy to clipboard</source>
        <translation>Копіювати в буфер обміну</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>копіювати</translation>
    </message>
    <message>
        <source>Not available in your language</source>
        <translation>Недоступно вашою мовою</translation>
    </message>
    <message>
        <source>Open 24 hours, 7 days a week.</source>
        <translation>Відкрито 24 години на добу, 7 днів на тиждень.</translation>
    </message>
    <message>
        <source>The record gives no opening hours: ask before sending someone.</source>
        <translation>У записі не вказано години роботи: уточніть їх, перш ніж когось направляти.</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>цілий день</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>зачинено</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сьогодні</translation>
    </message>
    <message>
        <source>This service is no longer in the directory.</source>
        <translation>Цієї послуги більше немає в довіднику.</translation>
    </message>
    <message>
        <source>Demonstration data: verify every detail with the organisation before referring.</source>
        <translation>Демонстраційні дані: перш ніж направляти, перевірте кожну деталь в організації.</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>Увага:</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Хто має право</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Як звернутися</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Потрібні документи</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Як зв’язатися</translation>
    </message>
    <message>
        <source>No phone, e-mail or website in this record.</source>
        <translation>У записі немає телефону, електронної пошти чи вебсайту.</translation>
    </message>
    <message>
        <source>Accessibility: %1</source>
        <translation>Доступність: %1</translation>
    </message>
    <message>
        <source>Serves: %1</source>
        <translation>Територія обслуговування: %1</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Години роботи</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Мови спілкування</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Усний переклад</translation>
    </message>
    <message>
        <source>Last verified: never (no person has confirmed this record)</source>
        <translation>Востаннє перевірено: ніколи (цей запис ще ніхто не підтвердив)</translation>
    </message>
    <message>
        <source>Last verified: %1</source>
        <translation>Востаннє перевірено: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Джерело: %1</translation>
    </message>
    <message>
        <source>Record id: %1</source>
        <translation>ID запису: %1</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Походження даних</translation>
    </message>
    <message>
        <source>No longer running: the record says this service has ended. Do not refer anyone here without checking.</source>
        <translation>Більше не працює: у записі сказано, що послугу завершено. Не направляйте сюди нікого, не перевіривши.</translation>
    </message>
    <message>
        <source>Temporarily closed: ask the organisation when it opens again.</source>
        <translation>Тимчасово зачинено: запитайте в організації, коли вона знову відкриється.</translation>
    </message>
    <message>
        <source>How to refer</source>
        <translation>Як направити</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Вік</translation>
    </message>
    <message>
        <source>Expected waiting time</source>
        <translation>Орієнтовний час очікування</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <comment>broader › narrower category</comment>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Publisher&apos;s categories</source>
        <translation>Категорії видавця</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::DetailView</name>
    <message>
        <source>&amp;My notes (only on this computer):</source>
        <translation>&amp;Мої нотатки (лише на цьому комп’ютері):</translation>
    </message>
    <message>
        <source>Service details</source>
        <translation>Відомості про послугу</translation>
    </message>
    <message>
        <source>Choose a service to see how to refer to it.</source>
        <translation>Виберіть послугу, щоб побачити, як до неї направити.</translation>
    </message>
    <message>
        <source>☆ Add to favourites</source>
        <translation>☆ Додати до обраного</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Обране</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ В обраному</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Мої нотатки</translation>
    </message>
    <message>
        <source>Who to ask for, what worked… Kept on this computer and never shared.</source>
        <translation>До кого звертатися, що спрацювало… Зберігається лише на цьому комп’ютері й нікому не передається.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Скопійовано: %1</translation>
    </message>
    <message>
        <source>Could not save the favourite: %1</source>
        <translation>Не вдалося зберегти обране: %1</translation>
    </message>
    <message>
        <source>Your note could not be saved: %1</source>
        <translation>Не вдалося зберегти вашу нотатку: %1</translation>
    </message>
    <message>
        <source>Your notes cannot be read: %1</source>
        <translation>Не вдається прочитати ваші нотатки: %1</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::DirectoryBanner</name>
    <message>
        <source>Directory warning</source>
        <translation>Попередження щодо довідника</translation>
    </message>
    <message>
        <source>Demonstration data: these records come from public articles and have not been verified. Check every detail with the organisation before referring anyone.</source>
        <translation>Демонстраційні дані: ці записи взято з публічних статей, і їх не перевірено. Перш ніж когось направляти, перевірте кожну деталь в організації.</translation>
    </message>
    <message numerus="yes">
        <source>This directory expired on %1 (%Ln day(s) ago): contact details may be out of date. Ask your coordinator for an update.</source>
        <translation>
            <numerusform>Термін дії цього довідника минув %1 (%Ln день тому): контактні дані можуть бути застарілими. Попросіть свого координатора про оновлення довідника.</numerusform>
            <numerusform>Термін дії цього довідника минув %1 (%Ln дні тому): контактні дані можуть бути застарілими. Попросіть свого координатора про оновлення довідника.</numerusform>
            <numerusform>Термін дії цього довідника минув %1 (%Ln днів тому): контактні дані можуть бути застарілими. Попросіть свого координатора про оновлення довідника.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pathways::desktop::FacetPanel</name>
    <message>
        <source>Open now</source>
        <translation>Відкрито зараз</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Фільтр за категорією</translation>
    </message>
    <message>
        <source>For whom</source>
        <comment>facet title: audience of a service</comment>
        <translation>Для кого</translation>
    </message>
    <message>
        <source>Audience filter</source>
        <translation>Фільтр за цільовою групою</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Муніципалітет</translation>
    </message>
    <message>
        <source>Municipality filter</source>
        <translation>Фільтр за муніципалітетом</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Мова спілкування</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Фільтр за мовою</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>facet value and its number of services</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Free of charge (%1)</source>
        <translation>Безкоштовно (%1)</translation>
    </message>
    <message>
        <source>Open now (%1)</source>
        <translation>Відкрито зараз (%1)</translation>
    </message>
    <message>
        <source>My favourites</source>
        <translation>Моє обране</translation>
    </message>
    <message>
        <source>None among these results</source>
        <translation>Немає серед цих результатів</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Безкоштовно</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>Показати менше</translation>
    </message>
    <message numerus="yes">
        <source>Show all %Ln</source>
        <comment>facet values</comment>
        <translation>
            <numerusform>Показати всі (%Ln)</numerusform>
            <numerusform>Показати всі %Ln</numerusform>
            <numerusform>Показати всі %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Including services no longer running</source>
        <translation>Разом із послугами, які більше не працюють</translation>
    </message>
    <message>
        <source>Include services no longer running (%1)</source>
        <comment>completed projects, closed offices</comment>
        <translation>Показати й послуги, які більше не працюють (%1)</translation>
    </message>
    <message>
        <source>Services whose record says they have ended (inactive or defunct). They are left out unless this is ticked, and marked in the list.</source>
        <translation>Послуги, запис яких каже, що їх завершено (неактивні або припинені). Без цієї позначки їх не показано; у списку їх позначено.</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::LanguageOrderEditor</name>
    <message>
        <source>Follow the interface language, then the others</source>
        <translation>Спершу мова інтерфейсу, потім інші</translation>
    </message>
    <message>
        <source>Content languages, most preferred first</source>
        <translation>Мови вмісту, найбажаніша перша</translation>
    </message>
    <message>
        <source>Language to add</source>
        <translation>Мова, яку додати</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Вилучити</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Вго&amp;ру</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Вни&amp;з</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::MainWindow</name>
    <message>
        <source>Cannot open the directory: %1</source>
        <translation>Не вдається відкрити довідник: %1</translation>
    </message>
    <message>
        <source>The directory was updated by another program; showing the new one.</source>
        <translation>Довідник оновила інша програма; показано новий довідник.</translation>
    </message>
    <message>
        <source>Pathways — referral directory</source>
        <translation>Pathways — довідник для перенаправлення</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результати</translation>
    </message>
    <message>
        <source>Arrow keys move, Enter opens the details.</source>
        <translation>Стрілки — переміщення, Enter відкриває відомості.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фільтри</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Довідник</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Допомога</translation>
    </message>
    <message>
        <source>&amp;About Pathways</source>
        <translation>&amp;Про Pathways</translation>
    </message>
    <message>
        <source>Notes and favourites are unavailable: %1</source>
        <translation>Нотатки та обране недоступні: %1</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::NoResultsView</name>
    <message>
        <source>The directory has no services to show.</source>
        <translation>У довіднику немає послуг для показу.</translation>
    </message>
    <message>
        <source>No service matches these filters.</source>
        <translation>Жодна послуга не відповідає цим фільтрам.</translation>
    </message>
    <message>
        <source>No service matches “%1” with these filters.</source>
        <translation>Жодна послуга не відповідає запиту «%1» з цими фільтрами.</translation>
    </message>
    <message>
        <source>Clear the search text</source>
        <translation>Очистити пошуковий запит</translation>
    </message>
    <message>
        <source>Remove the filter “%1”</source>
        <translation>Прибрати фільтр «%1»</translation>
    </message>
    <message numerus="yes">
        <source>more than %Ln service(s)</source>
        <translation>
            <numerusform>понад %Ln послугу</numerusform>
            <numerusform>понад %Ln послуги</numerusform>
            <numerusform>понад %Ln послуг</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln service(s)</source>
        <translation>
            <numerusform>%Ln послуга</numerusform>
            <numerusform>%Ln послуги</numerusform>
            <numerusform>%Ln послуг</numerusform>
        </translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Безкоштовно</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Відкрито зараз</translation>
    </message>
    <message>
        <source>My favourites</source>
        <translation>Моє обране</translation>
    </message>
    <message>
        <source>Within the distance</source>
        <translation>У межах відстані</translation>
    </message>
    <message>
        <source>Only services still running</source>
        <translation>Лише послуги, які ще працюють</translation>
    </message>
    <message>
        <source>Did you mean “%1…”? %2</source>
        <translation>Можливо, ви мали на увазі «%1…»? %2</translation>
    </message>
    <message>
        <source>Without “%1”: %2</source>
        <translation>Без «%1»: %2</translation>
    </message>
    <message>
        <source>Include services no longer running: %1</source>
        <translation>Показати й послуги, які більше не працюють: %1</translation>
    </message>
    <message>
        <source>Any distance: %1</source>
        <translation>Будь-яка відстань: %1</translation>
    </message>
    <message>
        <source>Remove the filter “%1”: %2</source>
        <translation>Прибрати фільтр «%1»: %2</translation>
    </message>
    <message>
        <source>The filter “%1” left nothing of %2.</source>
        <translation>Фільтр «%1» відсіяв усе (до нього: %2).</translation>
    </message>
    <message>
        <source>No service matches “%1”.</source>
        <translation>Жодна послуга не відповідає запиту «%1».</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::PathwayDialog</name>
    <message>
        <source>All &amp;municipalities</source>
        <translation>Усі &amp;муніципалітети</translation>
    </message>
    <message>
        <source>All c&amp;ategories</source>
        <translation>Усі к&amp;атегорії</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Попередній перегляд…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Друкувати…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Зберегти як PDF…</translation>
    </message>
    <message>
        <source>Printable referral pathway</source>
        <translation>Схема направлень для друку</translation>
    </message>
    <message>
        <source>Municipalities in the booklet</source>
        <translation>Муніципалітети в брошурі</translation>
    </message>
    <message>
        <source>Categories in the booklet</source>
        <translation>Категорії в брошурі</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Language of the booklet:</source>
        <translation>&amp;Мова брошури:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>П&amp;апір:</translation>
    </message>
    <message>
        <source>%1 (region, %2)</source>
        <translation>%1 (регіон, %2)</translation>
    </message>
    <message>
        <source>The directory cannot be read, so no booklet can be made.</source>
        <translation>Не вдається прочитати довідник, тож брошуру не можна створити.</translation>
    </message>
    <message>
        <source>Tick at least one municipality and one category, or choose all.</source>
        <translation>Позначте принаймні один муніципалітет і одну категорію або виберіть усі.</translation>
    </message>
    <message>
        <source>The booklet cannot be counted: %1</source>
        <translation>Не вдається порахувати вміст брошури: %1</translation>
    </message>
    <message>
        <source>No service matches this choice: the booklet would be empty.</source>
        <translation>Жодна послуга не відповідає цьому вибору: брошура була б порожньою.</translation>
    </message>
    <message>
        <source>The booklet will list %1 in %2.</source>
        <extracomment>%1 is &quot;N services&quot;, %2 &quot;N categories&quot;, both counted from the installed directory.</extracomment>
        <translation>Брошура міститиме %1 у %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n послугу</numerusform>
            <numerusform>%n послуги</numerusform>
            <numerusform>%n послуг</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n категорії</numerusform>
            <numerusform>%n категоріях</numerusform>
            <numerusform>%n категоріях</numerusform>
        </translation>
    </message>
    <message>
        <source>the directory cannot be read</source>
        <translation>не вдається прочитати довідник</translation>
    </message>
    <message>
        <source>The booklet could not be made: %1</source>
        <translation>Не вдалося створити брошуру: %1</translation>
    </message>
    <message>
        <source>Save referral pathway</source>
        <translation>Зберегти схему направлень</translation>
    </message>
    <message>
        <source>referral-pathway.pdf</source>
        <translation>skhema-napravlen.pdf</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::PrintOutput</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не вдається записати %1: %2</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::ProvenanceLabel</name>
    <message>
        <source>version %1</source>
        <translation>версія %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln day(s) old)</source>
        <comment>date the directory was made</comment>
        <translation>
            <numerusform>%1 (%Ln день тому)</numerusform>
            <numerusform>%1 (%Ln дні тому)</numerusform>
            <numerusform>%1 (%Ln днів тому)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln service(s)</source>
        <translation>
            <numerusform>%Ln послуга</numerusform>
            <numerusform>%Ln послуги</numerusform>
            <numerusform>%Ln послуг</numerusform>
        </translation>
    </message>
    <message>
        <source>Directory provenance</source>
        <translation>Походження довідника</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::PublisherCategoryList</name>
    <message>
        <source>%1, in the publisher&apos;s taxonomy &quot;%2&quot;</source>
        <translation>%1, у таксономії видавця «%2»</translation>
    </message>
    <message>
        <source>Publisher&apos;s categories</source>
        <translation>Категорії видавця</translation>
    </message>
    <message>
        <source>The categories the directory&apos;s publisher uses, with the services of this search in each (a broader category counts its narrower ones)</source>
        <translation>Категорії, якими користується видавець довідника, з кількістю послуг цього пошуку в кожній (ширша категорія враховує вужчі)</translation>
    </message>
    <message>
        <source>Without a taxonomy name</source>
        <translation>Без назви таксономії</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::ReferralActions</name>
    <message>
        <source>&amp;Referral</source>
        <translation>&amp;Направлення</translation>
    </message>
    <message>
        <source>&amp;Print referral slip…</source>
        <translation>&amp;Друкувати направлення…</translation>
    </message>
    <message>
        <source>&amp;Add to referral slip</source>
        <translation>&amp;Додати до направлення</translation>
    </message>
    <message>
        <source>Report &amp;outdated information…</source>
        <translation>Повідомити про &amp;застарілі дані…</translation>
    </message>
    <message>
        <source>Reported &amp;corrections…</source>
        <translation>Надіслані &amp;виправлення…</translation>
    </message>
    <message>
        <source>Choose a service first (or wait until its details are shown).</source>
        <translation>Спершу виберіть послугу (або зачекайте, доки з’являться її подробиці).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln service(s) on the next referral slip; Ctrl+P prints it.</source>
        <translation>
            <numerusform>%Ln послуга в наступному направленні; Ctrl+P друкує його.</numerusform>
            <numerusform>%Ln послуги в наступному направленні; Ctrl+P друкує його.</numerusform>
            <numerusform>%Ln послуг у наступному направленні; Ctrl+P друкує його.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referral slip of %Ln service(s) done.</source>
        <translation>
            <numerusform>Направлення на %Ln послугу готове.</numerusform>
            <numerusform>Направлення на %Ln послуги готове.</numerusform>
            <numerusform>Направлення на %Ln послуг готове.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report outdated information</source>
        <translation>Повідомити про застарілі дані</translation>
    </message>
    <message>
        <source>The report could not be kept: %1</source>
        <translation>Не вдалося зберегти повідомлення: %1</translation>
    </message>
    <message numerus="yes">
        <source>Report kept; %Ln correction(s) waiting to be exported (Referral → Reported corrections).</source>
        <translation>
            <numerusform>Повідомлення збережено; %Ln виправлення чекає на експорт (Направлення → Надіслані виправлення).</numerusform>
            <numerusform>Повідомлення збережено; %Ln виправлення чекають на експорт (Направлення → Надіслані виправлення).</numerusform>
            <numerusform>Повідомлення збережено; %Ln виправлень чекають на експорт (Направлення → Надіслані виправлення).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Log referral</source>
        <translation>&amp;Записати направлення</translation>
    </message>
    <message>
        <source>Printable referral &amp;pathway…</source>
        <translation>Схема направлень для &amp;друку…</translation>
    </message>
    <message>
        <source>Referral lo&amp;g…</source>
        <translation>&amp;Журнал направлень…</translation>
    </message>
    <message>
        <source>The referral log could not be written: %1</source>
        <translation>Не вдалося записати журнал направлень: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s) added to the referral log.</source>
        <translation>
            <numerusform>До журналу направлень додано %Ln направлення.</numerusform>
            <numerusform>До журналу направлень додано %Ln направлення.</numerusform>
            <numerusform>До журналу направлень додано %Ln направлень.</numerusform>
        </translation>
    </message>
    <message>
        <source>The referral log is off: turn it on in Referral → Referral log…</source>
        <translation>Журнал направлень вимкнено: увімкніть його в меню Направлення → Журнал направлень…</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::ReferralLogDialog</name>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>&amp;Експортувати як CSV…</translation>
    </message>
    <message>
        <source>&amp;Delete all…</source>
        <translation>&amp;Видалити все…</translation>
    </message>
    <message>
        <source>Referral log</source>
        <translation>Журнал направлень</translation>
    </message>
    <message>
        <source>&amp;Keep a referral log for my monthly report</source>
        <translation>&amp;Вести журнал направлень для мого місячного звіту</translation>
    </message>
    <message>
        <source>When this is on, every referral slip you print or save, and every “Log referral” on a service, adds one line: the day, the service and its category. Nothing about the client is kept: no name, no note, no detail. The log stays on this computer until you export or delete it. It is off unless you turn it on.</source>
        <translation>Коли цю функцію ввімкнено, кожне направлення, яке ви друкуєте або зберігаєте, і кожна дія «Записати направлення» для послуги додає один рядок: день, послугу та її категорію. Про клієнта нічого не зберігається: ні ім’я, ні примітка, ні будь-які відомості. Журнал залишається на цьому комп’ютері, доки ви його не експортуєте або не видалите. Він вимкнений, доки ви його не ввімкнете.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(без категорії)</translation>
    </message>
    <message>
        <source>No referrals logged.</source>
        <translation>Направлень не записано.</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) logged.</source>
        <translation>
            <numerusform>Записано %n направлення.</numerusform>
            <numerusform>Записано %n направлення.</numerusform>
            <numerusform>Записано %n направлень.</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn off the referral log</source>
        <translation>Вимкнути журнал направлень</translation>
    </message>
    <message numerus="yes">
        <source>The log holds %n referral(s). Keep them, to export later, or delete them now?</source>
        <translation>
            <numerusform>Журнал містить %n направлення. Залишити його для пізнішого експорту чи видалити зараз?</numerusform>
            <numerusform>Журнал містить %n направлення. Залишити їх для пізнішого експорту чи видалити зараз?</numerusform>
            <numerusform>Журнал містить %n направлень. Залишити їх для пізнішого експорту чи видалити зараз?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Залишити</translation>
    </message>
    <message>
        <source>&amp;Delete them</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>The referral log could not be exported: %1</source>
        <translation>Не вдалося експортувати журнал направлень: %1</translation>
    </message>
    <message>
        <source>Export referral log</source>
        <translation>Експортувати журнал направлень</translation>
    </message>
    <message>
        <source>referral-log.csv</source>
        <translation>zhurnal-napravlen.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Збережено: %1.</translation>
    </message>
    <message>
        <source>Delete every entry of the referral log? This cannot be undone.</source>
        <translation>Видалити всі записи журналу направлень? Цю дію не можна скасувати.</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::ReferralMethodNames</name>
    <message>
        <source>walk in, no appointment needed</source>
        <translation>можна прийти без запису</translation>
    </message>
    <message>
        <source>call before going</source>
        <translation>зателефонуйте перед візитом</translation>
    </message>
    <message>
        <source>by appointment only</source>
        <translation>лише за попереднім записом</translation>
    </message>
    <message>
        <source>apply with a form</source>
        <translation>заява через форму</translation>
    </message>
    <message>
        <source>write an e-mail first</source>
        <translation>спершу напишіть електронного листа</translation>
    </message>
    <message>
        <source>only with a referral from a worker</source>
        <translation>лише за направленням фахівця</translation>
    </message>
    <message>
        <source>%1–%2 years</source>
        <translation>%1–%2 років</translation>
    </message>
    <message>
        <source>from %1 years</source>
        <translation>від %1 років</translation>
    </message>
    <message>
        <source>up to %1 years</source>
        <translation>до %1 років</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::ReferralSlipDialog</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Попередній перегляд…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Друкувати…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Зберегти як PDF…</translation>
    </message>
    <message>
        <source>Referral slip</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <source>Services on the slip</source>
        <translation>Послуги в направленні</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Optional: the client&apos;s name or a note</source>
        <translation>Необов’язково: ім’я клієнта або примітка</translation>
    </message>
    <message>
        <source>The client agreed that this is printed on the slip</source>
        <translation>Клієнт погодився, щоб це було надруковано в направленні</translation>
    </message>
    <message>
        <source>Never stored: the note is printed and then forgotten.</source>
        <translation>Ніколи не зберігається: примітку буде надруковано й одразу забуто.</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>Послуги:</translation>
    </message>
    <message>
        <source>&amp;Client&apos;s language:</source>
        <translation>Мова &amp;клієнта:</translation>
    </message>
    <message>
        <source>&amp;Worker&apos;s language:</source>
        <translation>Мова &amp;працівника:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>П&amp;апір:</translation>
    </message>
    <message>
        <source>For the &amp;client:</source>
        <translation>Для к&amp;лієнта:</translation>
    </message>
    <message>
        <source>Ask the client first: the note is printed only once you tick their consent.</source>
        <translation>Спершу запитайте клієнта: примітку буде надруковано лише після того, як ви позначите його згоду.</translation>
    </message>
    <message>
        <source>The slip could not be made: %1</source>
        <translation>Не вдалося створити направлення: %1</translation>
    </message>
    <message>
        <source>Save referral slip</source>
        <translation>Зберегти направлення</translation>
    </message>
    <message>
        <source>referral-slip.pdf</source>
        <translation>napravlennia.pdf</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::ReferralText</name>
    <message>
        <source>all day</source>
        <translation>цілодобово</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>зачинено</translation>
    </message>
    <message>
        <source>Demonstration data: verify every detail with the organisation before referring.</source>
        <translation>Демонстраційні дані: перш ніж направляти, перевірте кожну деталь в організації.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Телефон: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>Ел. пошта: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Вебсайт: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Адреса: %1</translation>
    </message>
    <message>
        <source>Open 24 hours, 7 days a week.</source>
        <translation>Відкрито 24 години на добу, 7 днів на тиждень.</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Години роботи:</translation>
    </message>
    <message>
        <source>Documents to bring: %1</source>
        <translation>Що взяти з собою: %1</translation>
    </message>
    <message>
        <source>How to apply: %1</source>
        <translation>Як звернутися: %1</translation>
    </message>
    <message>
        <source>How to refer: %1</source>
        <translation>Як направити: %1</translation>
    </message>
    <message>
        <source>Eligibility: %1</source>
        <translation>Хто може звернутися: %1</translation>
    </message>
    <message>
        <source>Age: %1</source>
        <translation>Вік: %1</translation>
    </message>
    <message>
        <source>Expected waiting time: %1</source>
        <translation>Орієнтовний час очікування: %1</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::ResultActions</name>
    <message>
        <source>&amp;Copy referral as text</source>
        <translation>&amp;Копіювати направлення як текст</translation>
    </message>
    <message>
        <source>Open &amp;website</source>
        <translation>Відкрити &amp;вебсайт</translation>
    </message>
    <message>
        <source>Add to or remove from &amp;favourites</source>
        <translation>Додати до &amp;обраного або вилучити</translation>
    </message>
    <message>
        <source>The details are still loading; try again in a moment.</source>
        <translation>Подробиці ще завантажуються; спробуйте за мить.</translation>
    </message>
    <message>
        <source>Copied the referral for %1.</source>
        <translation>Направлення до «%1» скопійовано.</translation>
    </message>
    <message>
        <source>This service gives no website.</source>
        <translation>Для цієї послуги не вказано вебсайту.</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::ResultsModel</name>
    <message>
        <source>24/7</source>
        <comment>open around the clock</comment>
        <translation>24/7</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Відкрито зараз</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Зачинено</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Not available in your language; shown in %1.</source>
        <translation>Недоступно вашою мовою; показано мовою: %1.</translation>
    </message>
    <message>
        <source>The record gives no opening hours.</source>
        <translation>У записі не вказано години роботи.</translation>
    </message>
    <message>
        <source>No person has confirmed this record yet.</source>
        <translation>Цей запис ще ніхто не підтвердив.</translation>
    </message>
    <message>
        <source>Last confirmed by a person on %1.</source>
        <translation>Востаннє цей запис підтвердила людина %1.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категорії</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Муніципалітет</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Відстань</translation>
    </message>
    <message>
        <source>Hours</source>
        <comment>column: open now / closed / 24/7</comment>
        <translation>Години роботи</translation>
    </message>
    <message>
        <source>Verified</source>
        <comment>column: when a person last confirmed the record</comment>
        <translation>Перевірено</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <comment>verified ... ago</comment>
        <translation>
            <numerusform>%Ln день тому</numerusform>
            <numerusform>%Ln дні тому</numerusform>
            <numerusform>%Ln днів тому</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s) ago</source>
        <comment>verified ... ago</comment>
        <translation>
            <numerusform>%Ln місяць тому</numerusform>
            <numerusform>%Ln місяці тому</numerusform>
            <numerusform>%Ln місяців тому</numerusform>
        </translation>
    </message>
    <message>
        <source>Demonstration data: verify before referring.</source>
        <translation>Демонстраційні дані: перевірте, перш ніж направляти.</translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>hours column: the service no longer runs</comment>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <translation>Тимчасово зачинено</translation>
    </message>
    <message>
        <source>No longer running: the record says this service has ended.</source>
        <translation>Більше не працює: у записі сказано, що послугу завершено.</translation>
    </message>
    <message>
        <source>Temporarily closed.</source>
        <translation>Тимчасово зачинено.</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::ResultsPresenter</name>
    <message>
        <source>Search failed: %1</source>
        <translation>Помилка пошуку: %1</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::SearchBar</name>
    <message numerus="yes">
        <source>More than %Ln result(s)</source>
        <comment>only the first ones are listed</comment>
        <translation>
            <numerusform>Понад %Ln результат</numerusform>
            <numerusform>Понад %Ln результати</numerusform>
            <numerusform>Понад %Ln результатів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln результат</numerusform>
            <numerusform>%Ln результати</numerusform>
            <numerusform>%Ln результатів</numerusform>
        </translation>
    </message>
    <message>
        <source>Search services, organisations, places, in any language… (Ctrl+K)</source>
        <translation>Шукайте послуги, організації, місця будь-якою мовою… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Results update as you type. Press Down to move to the results.</source>
        <translation>Результати оновлюються під час введення. Натисніть стрілку вниз, щоб перейти до результатів.</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Найкращий збіг</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Порядок сортування</translation>
    </message>
    <message>
        <source>No municipality or region “%1” with coordinates in this directory, and not coordinates such as 46.05,14.51: distances are not shown.</source>
        <translation>У довіднику немає муніципалітету чи регіону «%1» з координатами, і це не координати на кшталт 46.05,14.51: відстані не показано.</translation>
    </message>
    <message>
        <source>Distances are measured from here.</source>
        <translation>Відстані рахуються звідси.</translation>
    </message>
    <message>
        <source>Closest to %1 first</source>
        <translation>Спочатку найближчі до: %1</translation>
    </message>
    <message>
        <source>Type a place in “Near” first: distances are measured from it.</source>
        <translation>Спершу введіть місце в поле «Поблизу»: відстані рахуються від нього.</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <comment>sort order; needs a place in Near</comment>
        <translation>Спочатку найближчі</translation>
    </message>
    <message>
        <source>Near</source>
        <translation>Поблизу</translation>
    </message>
    <message>
        <source>any distance</source>
        <translation>будь-яка відстань</translation>
    </message>
    <message>
        <source>within </source>
        <comment>within 25 km</comment>
        <translation>у межах </translation>
    </message>
    <message>
        <source> km</source>
        <translation> км</translation>
    </message>
    <message>
        <source>Within kilometres</source>
        <translation>У межах кілометрів</translation>
    </message>
    <message>
        <source>Near: place or LAT,LON</source>
        <translation>Поблизу: місце або LAT,LON</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Мова інтерфейсу</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Мова &amp;інтерфейсу:</translation>
    </message>
    <message>
        <source>&amp;Content languages:</source>
        <translation>Мови &amp;вмісту:</translation>
    </message>
    <message>
        <source>e.g. Maribor, or 46.55,15.65</source>
        <translation>напр. Maribor або 46.55,15.65</translation>
    </message>
    <message>
        <source>Distances are measured from here.</source>
        <translation>Відстані вимірюються звідси.</translation>
    </message>
    <message>
        <source>Home municipality or coordinates</source>
        <translation>Ваш муніципалітет або координати</translation>
    </message>
    <message>
        <source>&amp;Home place:</source>
        <translation>&amp;Базове місце:</translation>
    </message>
    <message>
        <source>Empty: Pathways never goes online</source>
        <translation>Порожньо: Pathways ніколи не виходить в інтернет</translation>
    </message>
    <message>
        <source>Update address</source>
        <translation>Адреса оновлень</translation>
    </message>
    <message>
        <source>&amp;Update address:</source>
        <translation>Адреса &amp;оновлень:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Папка даних</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Відкрити &amp;папку</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Папка даних:</translation>
    </message>
    <message>
        <source>Languages for service texts, most preferred first. A text missing in the first language is shown in the next one.</source>
        <translation>Мови для текстів послуг, найбажаніша перша. Текст, якого немає першою мовою, буде показано наступною.</translation>
    </message>
    <message>
        <source>Check for updates at start when the directory is older than</source>
        <translation>Перевіряти оновлення під час запуску, якщо довідник старший за</translation>
    </message>
    <message>
        <source>Days before checking at start</source>
        <translation>Днів до перевірки під час запуску</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <comment>after the number of days</comment>
        <translation>
            <numerusform>день</numerusform>
            <numerusform>дні</numerusform>
            <numerusform>днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Set an update address first.</source>
        <translation>Спочатку вкажіть адресу оновлень.</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::TrustedPublishersDialog</name>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Trusted publishers</source>
        <translation>Довірені видавці</translation>
    </message>
    <message>
        <source>Directory updates are installed only when they are signed with one of these keys. Before you add a key, compare its fingerprint with the coordinator, by phone or in person.</source>
        <translation>Оновлення довідника встановлюються, лише якщо їх підписано одним із цих ключів. Перш ніж додати ключ, звірте його відбиток із координатором — телефоном або особисто.</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Видавець</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Відбиток</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Додано</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Add from file…</source>
        <translation>Додати з файлу…</translation>
    </message>
    <message>
        <source>Add pasted key…</source>
        <translation>Додати вставлений ключ…</translation>
    </message>
    <message>
        <source>Trust this key?</source>
        <translation>Довіряти цьому ключу?</translation>
    </message>
    <message>
        <source>Fingerprint: %1

Ask the coordinator to read their fingerprint to you, by phone or in person. Trust this key only if every character matches.</source>
        <translation>Відбиток: %1

Попросіть координатора прочитати вам свій відбиток — телефоном або особисто. Довіряйте цьому ключу, лише якщо збігається кожен символ.</translation>
    </message>
    <message>
        <source>%1 (revoked)</source>
        <translation>%1 (відкликано)</translation>
    </message>
    <message>
        <source>%1 (demonstration data only)</source>
        <extracomment>The built-in key that signs only the demonstration directory shipped with the program.</extracomment>
        <translation>%1 (лише демонстраційні дані)</translation>
    </message>
    <message>
        <source>%1 (new key announced by the publisher)</source>
        <translation>%1 (новий ключ, оголошений видавцем)</translation>
    </message>
    <message>
        <source>built into Pathways</source>
        <translation>вбудований у Pathways</translation>
    </message>
    <message>
        <source>Not a key</source>
        <translation>Це не ключ</translation>
    </message>
    <message>
        <source>This is not a publisher&apos;s key: %1</source>
        <translation>Це не ключ видавця: %1</translation>
    </message>
    <message>
        <source>Key not added</source>
        <translation>Ключ не додано</translation>
    </message>
    <message>
        <source>Publisher&apos;s key</source>
        <translation>Ключ видавця</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Відкриті ключі (*.pub);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Не вдається прочитати %1</translation>
    </message>
    <message>
        <source>Add pasted key</source>
        <translation>Додати вставлений ключ</translation>
    </message>
    <message>
        <source>Paste the publisher&apos;s key (the line of letters and digits):</source>
        <translation>Вставте ключ видавця (рядок літер і цифр):</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>вставлений текст</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Вилучити ключ</translation>
    </message>
    <message>
        <source>Stop trusting %1? Updates signed with this key will be refused.</source>
        <translation>Більше не довіряти %1? Оновлення, підписані цим ключем, буде відхилено.</translation>
    </message>
    <message>
        <source>Key not removed</source>
        <translation>Ключ не вилучено</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::UpdateActions</name>
    <message>
        <source>Update directory</source>
        <translation>Оновити довідник</translation>
    </message>
    <message>
        <source>Pathways directory (*.pathways)</source>
        <translation>Довідник Pathways (*.pathways)</translation>
    </message>
    <message>
        <source>&amp;Update directory…</source>
        <translation>&amp;Оновити довідник…</translation>
    </message>
    <message>
        <source>&amp;Share directory…</source>
        <translation>&amp;Поділитися довідником…</translation>
    </message>
    <message>
        <source>Trusted publishers…</source>
        <translation>Довірені видавці…</translation>
    </message>
    <message>
        <source>&amp;Check online</source>
        <translation>Перевірити в &amp;мережі</translation>
    </message>
    <message>
        <source>An update is already running.</source>
        <translation>Оновлення вже виконується.</translation>
    </message>
    <message>
        <source>Directory updated: %1, version %2</source>
        <translation>Довідник оновлено: %1, версія %2</translation>
    </message>
    <message>
        <source>Share directory</source>
        <translation>Поділитися довідником</translation>
    </message>
    <message>
        <source>Saved %1: a colleague can open it with Update directory.</source>
        <translation>Збережено: %1. Колега може відкрити цей файл командою «Оновити довідник».</translation>
    </message>
    <message>
        <source>Could not share the directory: %1</source>
        <translation>Не вдалося поділитися довідником: %1</translation>
    </message>
    <message>
        <source>&amp;Restore previous version…</source>
        <translation>&amp;Відновити попередню версію…</translation>
    </message>
    <message>
        <source>Install again the directory you had before the last update.</source>
        <translation>Знову встановити довідник, який був у вас до останнього оновлення.</translation>
    </message>
    <message>
        <source>No previous version is kept yet: one is kept from the next update on.</source>
        <translation>Попередня версія ще не збережена: її буде збережено під час наступного оновлення.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Перевірка %1…</translation>
    </message>
    <message>
        <source>Nothing is changed until you choose Install.</source>
        <translation>Нічого не зміниться, доки ви не натиснете «Встановити».</translation>
    </message>
    <message>
        <source>Restoring the previous version…</source>
        <translation>Відновлення попередньої версії…</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Встановлення…</translation>
    </message>
    <message>
        <source>Downloading the directory…</source>
        <translation>Завантаження довідника…</translation>
    </message>
    <message>
        <source>Comparing with the previous version…</source>
        <translation>Порівняння з попередньою версією…</translation>
    </message>
    <message>
        <source>Previous version restored: %1, version %2</source>
        <translation>Попередню версію відновлено: %1, версія %2</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::UpdateChangesView</name>
    <message>
        <source>Changes</source>
        <translation>Зміни</translation>
    </message>
    <message numerus="yes">
        <source>Added: %Ln service(s)</source>
        <translation>
            <numerusform>Додано: %Ln послугу</numerusform>
            <numerusform>Додано: %Ln послуги</numerusform>
            <numerusform>Додано: %Ln послуг</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed: %Ln service(s)</source>
        <translation>
            <numerusform>Змінено: %Ln послугу</numerusform>
            <numerusform>Змінено: %Ln послуги</numerusform>
            <numerusform>Змінено: %Ln послуг</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed: %Ln service(s)</source>
        <translation>
            <numerusform>Вилучено: %Ln послугу</numerusform>
            <numerusform>Вилучено: %Ln послуги</numerusform>
            <numerusform>Вилучено: %Ln послуг</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Години роботи</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <source>Area served</source>
        <translation>Територія обслуговування</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Документи, які треба принести</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактна особа</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Місця</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Location name</source>
        <translation>Назва місця</translation>
    </message>
    <message>
        <source>Location description</source>
        <translation>Опис місця</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Доступність</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>About the organisation</source>
        <translation>Про організацію</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категорії</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::UpdateDialog</name>
    <message>
        <source>Update directory</source>
        <translation>Оновлення довідника</translation>
    </message>
    <message>
        <source>Update result</source>
        <translation>Результат оновлення</translation>
    </message>
    <message>
        <source>Update progress</source>
        <translation>Хід оновлення</translation>
    </message>
    <message>
        <source>Nothing was changed: your directory and your notes are as they were.</source>
        <translation>Нічого не змінено: ваш довідник і ваші нотатки залишилися такими, як були.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Попередження: %1</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Встановити</translation>
    </message>
    <message>
        <source>Trusted publishers…</source>
        <translation>Довірені видавці…</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>Видавець:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Відбиток ключа:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версія:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Створено:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Дійсний до:</translation>
    </message>
    <message>
        <source>Publisher (as the file says):</source>
        <extracomment>Shown when the file&apos;s publisher is not yet trusted: the name is only what the file says.</extracomment>
        <translation>Видавець (як зазначено у файлі):</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>Directory versions: the one installed now, then the one in the file.</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2) → %3</source>
        <translation>%1 (%2) → %3</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (термін минув)</translation>
    </message>
    <message>
        <source>This directory is past its expiry date: some contact details may be out of date. It can still be installed; ask the publisher for a newer one.</source>
        <translation>Термін дії цього довідника минув: деякі контактні дані можуть бути застарілими. Його все одно можна встановити; попросіть видавця про новіший.</translation>
    </message>
    <message>
        <source>Check what would change, then choose Install. Your notes and favourites are kept.</source>
        <translation>Перевірте, що зміниться, і натисніть «Встановити». Ваші нотатки та обране збережуться.</translation>
    </message>
    <message>
        <source>Go back to the previous version?</source>
        <translation>Повернутися до попередньої версії?</translation>
    </message>
    <message>
        <source>The directory you had before the last update is installed again. Your notes and favourites are kept.</source>
        <translation>Буде знову встановлено довідник, який був у вас до останнього оновлення. Ваші нотатки та обране збережуться.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <source>Your notes and favourites are kept.</source>
        <translation>Ваші нотатки та обране збережено.</translation>
    </message>
    <message>
        <source>For support: %1</source>
        <translation>Для служби підтримки: %1</translation>
    </message>
    <message>
        <source>Downloaded from:</source>
        <translation>Завантажено з:</translation>
    </message>
</context>
</TS>
