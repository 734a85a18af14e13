// Ukrainian texts of the demo directory, keyed by the English text each one translates.
import type { Catalog } from './catalog';

export const uk: Catalog = {
  "Valdemar City Social Services":
    "Муніципальні соціальні служби Вальдемара",
  "The city council's social services: first point of contact for anyone who needs support, with social workers in every district.":
    "Соціальні служби міської ради: перше місце, куди може звернутися кожен, хто потребує підтримки; соціальні працівники є в кожному районі.",
  "Valdemar Municipal Housing Agency":
    "Муніципальне житлове агентство Вальдемара",
  "Manages the city's social rented homes, rent grants and the housing register.":
    "Керує соціальним житлом міста, допомогою з оплати оренди та реєстром тих, хто чекає на житло.",
  "Valdemar Tenants' Association":
    "Асоціація орендарів Вальдемара",
  "Volunteers and lawyers who help tenants with rent rises, repairs and evictions.":
    "Волонтери та юристи, які допомагають орендарям у разі підвищення орендної плати, ремонту та виселення.",
  "El Refugio Municipal Shelter":
    "Муніципальний притулок El Refugio",
  "Night shelter and day centre for people sleeping rough.":
    "Нічний притулок і денний центр для людей, які живуть на вулиці.",
  "Valdemar Food Bank Foundation":
    "Фонд «Продовольчий банк Вальдемара»",
  "Collects food from shops and producers and shares it out through local groups.":
    "Збирає продукти в магазинів і виробників та роздає їх через місцеві організації.",
  "San Martín Community Kitchen":
    "Соціальна їдальня San Martín",
  "A community kitchen run by neighbours since 1987: hot meals, no questions asked.":
    "Соціальна їдальня, яку з 1987 року ведуть сусіди: гаряча їжа без жодних запитань.",
  "El Muelle Neighbourhood Association":
    "Асоціація мешканців району El Muelle",
  "Neighbours of the harbour district organising food, clothes and homework help.":
    "Мешканці портового району організовують продукти, одяг і допомогу з домашніми завданнями.",
  "Municipal Consumer Office":
    "Муніципальне бюро захисту прав споживачів",
  "Free advice on bills, debts, banks and complaints against companies.":
    "Безкоштовні консультації щодо рахунків, боргів, банків і скарг на компанії.",
  "Valdemar Energy Advice Point":
    "Пункт енергетичних консультацій Вальдемара",
  "Helps households cut their energy bills and claim the discounts they are entitled to.":
    "Допомагає домогосподарствам зменшити рахунки за енергію та отримати знижки, на які вони мають право.",
  "Valdemar Benefits Office":
    "Бюро соціальних виплат Вальдемара",
  "Public office where you apply for income support, pensions and family benefits.":
    "Державне бюро, де подають заяви на мінімальний дохід, пенсії та сімейні виплати.",
  "Valdemar Employment Office":
    "Центр зайнятості Вальдемара",
  "Public employment service: job-seeker registration, unemployment benefit and job offers.":
    "Державна служба зайнятості: реєстрація як шукача роботи, допомога по безробіттю та вакансії.",
  "La Brújula Youth Information Centre":
    "Молодіжний інформаційний центр La Brújula",
  "Connects young people aged 14 to 30 with local experts: jobs, training, legal advice, addictions and housing.":
    "Допомагає молоді від 14 до 30 років зв’язатися з місцевими фахівцями: робота, навчання, юридичні поради, залежності та житло.",
  "Puerto Nuevo Vocational Training Centre":
    "Центр професійного навчання Puerto Nuevo",
  "Free vocational courses with work placements in local businesses.":
    "Безкоштовні професійні курси з практикою в місцевих компаніях.",
  "Mareas Adult Education School":
    "Школа для дорослих Mareas",
  "Reading, writing, Spanish for newcomers and secondary school diplomas for adults.":
    "Читання, письмо, іспанська для новоприбулих і атестат про середню освіту для дорослих.",
  "El Puerto Health Centre":
    "Центр здоров’я El Puerto",
  "Public health centre: family doctors, nurses, midwives and a social worker.":
    "Державний центр здоров’я: сімейні лікарі, медсестри, акушерки та соціальна працівниця.",
  "Faro Addiction Support Association":
    "Асоціація підтримки при залежностях Faro",
  "Support for people with alcohol, drug or gambling problems, and for their families.":
    "Підтримка людей, які мають проблеми з алкоголем, наркотиками чи азартними іграми, та їхніх родин.",
  "Mente Abierta Mental Health Association":
    "Асоціація психічного здоров’я Mente Abierta",
  "Peer support groups and a listening line for people living with mental health problems.":
    "Групи взаємопідтримки та лінія, де вислухають людей із проблемами психічного здоров’я.",
  "Legal Guidance Service of the Valdemar Bar":
    "Служба юридичних консультацій Колегії адвокатів Вальдемара",
  "Lawyers who explain your case and help you apply for a free lawyer.":
    "Юристи, які пояснять вашу ситуацію та допоможуть попросити безоплатного адвоката.",
  "Las Dunas Family Support Centre":
    "Центр підтримки сімей Las Dunas",
  "Support for parents and children: parenting, mediation and early childhood.":
    "Підтримка батьків і дітей: виховання, медіація та раннє дитинство.",
  "Los Pinos Children's Day Centre":
    "Денний центр для дітей Los Pinos",
  "After-school care, meals and homework help for children aged 6 to 16.":
    "Догляд після школи, перекус і допомога з домашніми завданнями для дітей від 6 до 16 років.",
  "La Atalaya Older People's Centre":
    "Центр для літніх людей La Atalaya",
  "A meeting place for people over 60: activities, lunch, chiropody and company.":
    "Місце зустрічей для людей після 60: заняття, обід, подологія та спілкування.",
  "Cuidados del Norte Care Cooperative":
    "Кооператив догляду Cuidados del Norte",
  "Home care workers' cooperative contracted by the city for home help.":
    "Кооператив працівників догляду, якого місто найняло для допомоги вдома.",
  "Puentes Inclusion Association":
    "Асоціація за інклюзію Puentes",
  "People with intellectual disabilities and their families, working for an inclusive city.":
    "Люди з інтелектуальною інвалідністю та їхні родини — за інклюзивне місто.",
  "Valdemar Deaf Association":
    "Асоціація глухих Вальдемара",
  "Sign language interpreting, courses and advice, run by deaf people.":
    "Переклад жестовою мовою, курси та консультації; асоціацію ведуть глухі люди.",
  "Acogida Valdemar":
    "Acogida Valdemar",
  "Association welcoming migrants: information, Spanish classes and help with paperwork.":
    "Асоціація, що приймає мігрантів: інформація, уроки іспанської та допомога з документами.",
  "Mar Abierto Foundation":
    "Фонд Mar Abierto",
  "Reception programme for people seeking international protection.":
    "Програма прийому для людей, які просять міжнародного захисту.",
  "Valdemar Municipal Women's Centre":
    "Муніципальний жіночий центр Вальдемара",
  "Advice, psychological support and legal help for women, and a 24-hour line against violence.":
    "Консультації, психологічна та юридична допомога для жінок і цілодобова лінія проти насильства.",
  "Arcoíris Valdemar LGBTI Collective":
    "ЛГБТІ-колектив Arcoíris Valdemar",
  "Support, advice and a safe space for LGBTI people and their families.":
    "Підтримка, консультації та безпечний простір для ЛГБТІ-людей та їхніх родин.",
  "Valdemar Public Library Network":
    "Мережа публічних бібліотек Вальдемара",
  "Five public libraries with free computers, Wi-Fi and help from staff.":
    "П’ять публічних бібліотек із безкоштовними комп’ютерами, Wi-Fi і допомогою працівників.",
  "Conecta Valdemar":
    "Conecta Valdemar",
  "Volunteers teaching digital skills, furthest first: older people, newcomers, people without a device.":
    "Волонтери навчають цифрових навичок насамперед тих, хто найдалі від них: літніх людей, новоприбулих, людей без пристрою.",
  "Valdemar Citizen Service Office":
    "Центр обслуговування громадян Вальдемара",
  "The town hall's front desk: registration, certificates and help with online procedures.":
    "Приймальня міської ради: реєстрація місця проживання, довідки та допомога з онлайн-процедурами.",
  "Red Solidaria Valdemar":
    "Red Solidaria Valdemar",
  "A network of parishes and mosques offering clothes, emergency help and company.":
    "Мережа парафій і мечетей, яка дає одяг, термінову допомогу та підтримку.",
  "Housing Advice Office":
    "Бюро житлових консультацій",
  "Advice on renting, social housing, rent grants and what to do if you may lose your home. We help you fill in the housing register form.":
    "Консультації щодо оренди, соціального житла, допомоги з оплати оренди і того, що робити, якщо ви можете втратити житло. Допомагаємо заповнити заяву до реєстру тих, хто чекає на житло.",
  "Anyone who lives in Valdemar or works here.":
    "Кожен, хто живе або працює у Вальдемарі.",
  "Come in during opening hours or call to book a time. Appointments are about 30 minutes.":
    "Приходьте в години прийому або зателефонуйте, щоб записатися. Прийом триває близько 30 хвилин.",
  "Identity document: DNI, NIE or passport (any of them, even expired).":
    "Документ, що посвідчує особу: DNI, NIE або паспорт (будь-який, навіть прострочений).",
  "Certificate of registration in Valdemar (empadronamiento), if you have it.":
    "Довідка про реєстрацію місця проживання у Вальдемарі (empadronamiento), якщо вона у вас є.",
  "Proof of the household's income in the last three months (payslips, benefit letters).":
    "Підтвердження доходів домогосподарства за останні три місяці (розрахункові листи, листи про виплати).",
  "Free of charge.":
    "Безкоштовно.",
  "Step-free entrance, lift, accessible toilet and hearing loop at the desk.":
    "Вхід без сходинок, ліфт, доступний туалет та індукційна петля біля стійки.",
  "Rent Grant":
    "Муніципальна допомога з оплати оренди",
  "A monthly grant that pays part of your rent for up to 12 months, when the rent takes more than a third of the household's income.":
    "Щомісячна допомога, яка оплачує частину орендної плати до 12 місяців, коли оренда забирає понад третину доходу домогосподарства.",
  "Tenants registered in Valdemar for at least six months, with a rental contract in their name.":
    "Орендарі, зареєстровані у Вальдемарі щонайменше шість місяців, із договором оренди на своє ім’я.",
  "Apply at the Housing Advice Office or online. The call for applications is open all year; an answer comes within two months.":
    "Подайте заяву в Бюро житлових консультацій або онлайн. Заяви приймають цілий рік; відповідь надходить протягом двох місяців.",
  "Rental contract and the last rent receipts.":
    "Договір оренди та останні квитанції про оплату.",
  "Bank account details (IBAN) in your name.":
    "Реквізити банківського рахунку (IBAN) на ваше ім’я.",
  "Eviction Help Desk":
    "Пункт допомоги при виселенні",
  "If you have received an eviction letter or your landlord wants you out, we explain your rights, go with you to court and negotiate with the owner.":
    "Якщо ви отримали лист про виселення або власник житла хоче, щоб ви виїхали, ми пояснимо ваші права, підемо з вами до суду та поведемо переговори з власником.",
  "Tenants and people living in a home without a contract.":
    "Орендарі та люди, які живуть у житлі без договору.",
  "Come on Tuesday or Thursday evening. Bring every letter you have received, even if you think it is not important.":
    "Приходьте у вівторок або четвер увечері. Принесіть усі листи, які ви отримали, навіть якщо думаєте, що вони не важливі.",
  "Any letters or papers about your problem.":
    "Будь-які листи чи папери про вашу проблему.",
  "First floor without a lift. Staff can meet you on the ground floor: ask when you call.":
    "Другий поверх без ліфта. Працівники можуть зустріти вас на першому поверсі: попросіть про це, коли телефонуватимете.",
  "El Refugio Night Shelter":
    "Нічний притулок El Refugio",
  "A bed, a shower, dinner and breakfast for people with nowhere to sleep. 40 places, 8 of them for women only. Pets welcome in the yard.":
    "Ліжко, душ, вечеря та сніданок для людей, яким ніде спати. 40 місць, 8 із них лише для жінок. Тварин приймають у дворі.",
  "Adults over 18 with nowhere to sleep tonight. No papers needed.":
    "Дорослі від 18 років, яким сьогодні ніде спати. Документи не потрібні.",
  "Come to the door between 20:00 and 23:00. If it is full, staff will phone the emergency social service for you.":
    "Підходьте до дверей між 20:00 і 23:00. Якщо місць немає, працівники зателефонують за вас до екстреної соціальної служби.",
  "Nothing. Come as you are.":
    "Нічого. Приходьте такими, як є.",
  "Step-free entrance and accessible toilet.":
    "Вхід без сходинок і доступний туалет.",
  "El Refugio Day Centre":
    "Денний центр El Refugio",
  "A warm place during the day: showers, laundry, lunch, a postal address for your letters and a social worker.":
    "Тепле місце вдень: душ, пральня, обід, поштова адреса для ваших листів і соціальна працівниця.",
  "People sleeping rough or in insecure housing.":
    "Люди, які ночують на вулиці або в ненадійному житлі.",
  "Just come in. Lunch is served at 13:30.":
    "Просто заходьте. Обід подають о 13:30.",
  "Food Bank Distribution Point":
    "Пункт видачі Продовольчого банку",
  "A box of basic food every two weeks: pulses, rice, oil, milk, tinned fish, fruit and vegetables when there are some. Baby food and nappies on request.":
    "Набір основних продуктів раз на два тижні: бобові, рис, олія, молоко, рибні консерви, а також фрукти й овочі, коли вони є. Дитяче харчування та підгузки на прохання.",
  "Households referred by a social worker, or whose income is below the minimum income level.":
    "Домогосподарства, направлені соціальним працівником, або з доходом, нижчим за мінімальний.",
  "The first time, come with your documents to register; after that, collect your box on your day.":
    "Першого разу прийдіть із документами, щоб зареєструватися; потім забирайте свій набір у свій день.",
  "Referral letter from social services, if you have one.":
    "Направлення від соціальних служб, якщо воно у вас є.",
  "Entrance by a ramp on the side door; ring the bell and staff will open.":
    "Вхід пандусом через бічні двері; подзвоніть, і працівники відчинять.",
  "A hot lunch every day of the year, and a take-away supper on weekdays. Vegetarian and halal options.":
    "Гарячий обід щодня протягом року та вечеря з собою в будні. Є вегетаріанські та халяльні страви.",
  "Anyone who needs a meal.":
    "Кожен, кому потрібна їжа.",
  "Come to the door; there is no list. Take-away supper from 19:00.":
    "Підходьте до дверей; списку немає. Вечеря з собою з 19:00.",
  "El Muelle Solidarity Pantry":
    "Соціальна крамниця El Muelle",
  "A pantry run by neighbours where families choose their own food and clothes, like in a shop, with points instead of money.":
    "Крамниця, яку ведуть сусіди: сім’ї самі вибирають продукти й одяг, як у магазині, але за бали замість грошей.",
  "Families living in the harbour district with children under 18.":
    "Сім’ї з портового району з дітьми до 18 років.",
  "Ask for an interview on Saturday morning; you get your points card the same day.":
    "Попросіть про співбесіду в суботу вранці; картку з балами ви отримаєте того ж дня.",
  "Family book or children's birth certificates.":
    "Сімейна книга або свідоцтва про народження дітей.",
  "School Meals Grant":
    "Допомога на шкільне харчування",
  "Pays all or part of school lunches for children in public schools in Valdemar.":
    "Оплачує повністю або частково шкільні обіди для дітей у державних школах Вальдемара.",
  "Families whose income is below the grant threshold, and all children in foster care.":
    "Сім’ї з доходом нижче порогу допомоги та всі діти в прийомних сім’ях.",
  "Apply at your child's school or at your district social services centre in September; late applications are accepted when your situation changes.":
    "Подайте заяву у вересні в школі вашої дитини або в центрі соціальних служб вашого району; пізніші заяви приймають, якщо ваша ситуація змінилася.",
  "Social Services Centre — City Centre":
    "Центр соціальних служб — Центр",
  "Your first stop for help. A social worker listens, looks at your whole situation and helps you apply for emergency grants, benefits, home help and other services.":
    "Перше місце, куди варто звернутися по допомогу. Соціальний працівник вислухає вас, розгляне всю вашу ситуацію та допоможе подати заяву на термінову допомогу, виплати, допомогу вдома та інші послуги.",
  "Anyone living in the Centro, El Puerto or La Arena districts.":
    "Кожен, хто живе в районах Centro, El Puerto або La Arena.",
  "Call to book an appointment. In an emergency, come in the morning without one.":
    "Зателефонуйте, щоб записатися. У терміновому випадку приходьте вранці без запису.",
  "Social Services Centre — South":
    "Центр соціальних служб — Південь",
  "Social workers for the southern districts: emergency grants, benefits, home help and support for families.":
    "Соціальні працівники для південних районів: термінова допомога, виплати, допомога вдома та підтримка сімей.",
  "Anyone living in La Calzada, Contrueces or Pumarín Sur.":
    "Кожен, хто живе в La Calzada, Contrueces або Pumarín Sur.",
  "Emergency Social Grant":
    "Термінова соціальна допомога",
  "One-off money for urgent basic needs: an unpaid electricity bill, a month's rent to avoid eviction, glasses, or essential furniture.":
    "Одноразові гроші на термінові базові потреби: неоплачений рахунок за електрику, місячна оренда, щоб уникнути виселення, окуляри або необхідні меблі.",
  "People registered in Valdemar who cannot pay an essential cost.":
    "Люди, зареєстровані у Вальдемарі, які не можуть оплатити необхідну витрату.",
  "Ask your social worker at your district social services centre. Urgent cases are decided within a week.":
    "Зверніться до свого соціального працівника в центрі соціальних служб вашого району. Термінові випадки вирішують протягом тижня.",
  "The bill or quote you need to pay.":
    "Рахунок або кошторис, який вам потрібно оплатити.",
  "Minimum Income Applications":
    "Заяви на мінімальний дохід",
  "Help to apply for the minimum income, a monthly payment for households with little or no income, and to keep it up to date.":
    "Допомога з заявою на мінімальний дохід — щомісячну виплату для домогосподарств із малим доходом або без доходу — і з оновленням даних.",
  "Adults living in Spain legally for at least one year, with a household income below the minimum.":
    "Дорослі, які законно живуть в Іспанії щонайменше рік, із доходом домогосподарства нижче мінімуму.",
  "Book an appointment by phone. Staff fill in the online application with you.":
    "Запишіться телефоном. Працівники заповнять онлайн-заяву разом із вами.",
  "Debt and Bills Advice":
    "Консультації щодо боргів і рахунків",
  "We look at your debts and bills with you, check for abusive charges, and help you agree a payment plan or make a complaint.":
    "Ми разом із вами переглянемо ваші борги та рахунки, перевіримо незаконні нарахування і допоможемо домовитися про план виплат або подати скаргу.",
  "Anyone living in Valdemar.":
    "Кожен, хто живе у Вальдемарі.",
  "Book an appointment by phone or e-mail. Bring all the papers, including letters from debt collectors.":
    "Запишіться телефоном або електронною поштою. Принесіть усі папери, зокрема листи від колекторів.",
  "Your latest bank statements.":
    "Ваші останні банківські виписки.",
  "Energy Bills Help":
    "Допомога з рахунками за енергію",
  "We read your bills with you, switch you to a cheaper tariff, apply for the social discount on electricity and stop a disconnection.":
    "Ми читаємо ваші рахунки разом із вами, переводимо вас на дешевший тариф, подаємо заяву на соціальну знижку на електрику та зупиняємо відключення.",
  "Any household in Valdemar.":
    "Будь-яке домогосподарство Вальдемара.",
  "Come without an appointment on Tuesday or Thursday morning, or call.":
    "Приходьте без запису у вівторок або четвер уранці чи зателефонуйте.",
  "Your last electricity and gas bills.":
    "Ваші останні рахунки за електрику та газ.",
  "Red Solidaria Clothes Bank":
    "Банк одягу Red Solidaria",
  "Clean clothes, shoes and bedding for adults and children, and winter coats from November.":
    "Чистий одяг, взуття та постільна білизна для дорослих і дітей, а з листопада — зимові куртки.",
  "Anyone who needs them.":
    "Кожен, кому вони потрібні.",
  "Come during opening hours. Up to two visits a month.":
    "Приходьте в години роботи. До двох візитів на місяць.",
  "Job-Seeker Registration and Unemployment Benefit":
    "Реєстрація шукача роботи та допомога по безробіттю",
  "Register as a job seeker, apply for unemployment benefit or the unemployment allowance, and see job offers.":
    "Зареєструйтеся як шукач роботи, подайте заяву на допомогу по безробіттю або соціальну допомогу по безробіттю та переглядайте вакансії.",
  "People of working age who are out of work or want to change job, with permission to work.":
    "Люди працездатного віку без роботи або ті, хто хоче змінити роботу, з дозволом на роботу.",
  "Book an appointment by phone or online. Apply for benefit within 15 working days of losing your job.":
    "Запишіться телефоном або онлайн. Подайте заяву на допомогу протягом 15 робочих днів після втрати роботи.",
  "Your employer's certificate of end of contract.":
    "Довідка від роботодавця про закінчення договору.",
  "Job Search Guidance":
    "Консультації з пошуку роботи",
  "A guidance counsellor helps you write your CV, prepare interviews and plan training, one to one or in small groups.":
    "Консультант допоможе написати резюме, підготуватися до співбесід і спланувати навчання — індивідуально або в малих групах.",
  "People registered as job seekers.":
    "Люди, зареєстровані як шукачі роботи.",
  "Ask for guidance when you register, or call to book.":
    "Попросіть консультацію під час реєстрації або зателефонуйте, щоб записатися.",
  "La Brújula Youth Compass":
    "La Brújula — молодіжний компас",
  "Ask anything: first job, studies, a legal problem, drugs, sexuality or leaving home. We connect you with a local expert within two days, in person or by chat.":
    "Питайте про що завгодно: перша робота, навчання, юридична проблема, наркотики, сексуальність чи переїзд від батьків. Протягом двох днів ми зв’яжемо вас із місцевим фахівцем — особисто або в чаті.",
  "Young people aged 14 to 30.":
    "Молодь від 14 до 30 років.",
  "Drop in, call, send an SMS or ask to be contacted. It is confidential.":
    "Заходьте, телефонуйте, надішліть SMS або попросіть, щоб з вами зв’язалися. Це конфіденційно.",
  "Free Vocational Courses":
    "Безкоштовні професійні курси",
  "Courses of three to six months in care work, cooking, warehouse, cleaning, electrics and customer service, with a paid work placement.":
    "Курси від трьох до шести місяців: догляд, кухня, склад, прибирання, електрика та обслуговування клієнтів, з оплачуваною практикою.",
  "Adults registered as job seekers. Some courses ask for a secondary school diploma.":
    "Дорослі, зареєстровані як шукачі роботи. Для деяких курсів потрібен атестат про середню освіту.",
  "Come to an information session on the first Monday of each month at 10:00, or call.":
    "Приходьте на інформаційну зустріч у перший понеділок кожного місяця о 10:00 або зателефонуйте.",
  "Your job-seeker card.":
    "Ваша картка шукача роботи.",
  "Reading, Writing and Spanish Classes":
    "Уроки читання, письма та іспанської",
  "Learn to read and write, or learn Spanish from the start, in small groups in the morning or evening. Also the secondary school diploma for adults.":
    "Навчіться читати й писати або вивчайте іспанську з самого початку в малих групах уранці чи ввечері. Також атестат про середню освіту для дорослих.",
  "Anyone over 16, whatever their papers.":
    "Кожен від 16 років, незалежно від документів.",
  "Enrol at the school office. New groups start in September, January and April.":
    "Запишіться в канцелярії школи. Нові групи починаються у вересні, січні та квітні.",
  "Job Club at the Central Library":
    "Клуб пошуку роботи в Центральній бібліотеці",
  "Weekly job club: look for offers online together, send applications, use the printer for free and practise interviews.":
    "Щотижневий клуб пошуку роботи: разом шукайте вакансії онлайн, надсилайте заявки, безкоштовно користуйтеся принтером і тренуйтеся до співбесід.",
  "Anyone looking for work.":
    "Кожен, хто шукає роботу.",
  "Just come on Wednesday afternoon. A library card helps but is not needed.":
    "Просто приходьте в середу після обіду. Читацький квиток допоможе, але він не обов’язковий.",
  "Family doctor, nurse, paediatrician, midwife and vaccinations. The social worker helps people without a health card get one.":
    "Сімейний лікар, медсестра, педіатр, акушерка та щеплення. Соціальна працівниця допомагає людям без медичної картки отримати її.",
  "Everyone living in the El Puerto area. Urgent care for anyone.":
    "Усі, хто живе в районі El Puerto. Невідкладна допомога — для кожного.",
  "Book by phone or at the desk. For urgent problems in the afternoon, come to the urgent care door.":
    "Запишіться телефоном або біля стійки. З терміновими проблемами після обіду приходьте до входу невідкладної допомоги.",
  "Health card, if you have one.":
    "Медична картка, якщо вона у вас є.",
  "Help Getting a Health Card":
    "Допомога з отриманням медичної картки",
  "The health centre's social worker processes the health card for people who have none, including people without residence papers.":
    "Соціальна працівниця центру здоров’я оформлює медичну картку людям, які її не мають, зокрема людям без дозволу на проживання.",
  "Anyone living in Valdemar without a health card.":
    "Кожен, хто живе у Вальдемарі без медичної картки.",
  "Book an appointment with the social worker at the desk or by phone.":
    "Запишіться до соціальної працівниці біля стійки або телефоном.",
  "Faro Addiction Support":
    "Faro — підтримка при залежностях",
  "Confidential support for problems with alcohol, drugs, gambling or screens: first interview, psychologist, support groups and help for families.":
    "Конфіденційна підтримка при проблемах з алкоголем, наркотиками, азартними іграми чи екранами: перша розмова, психолог, групи підтримки та допомога родинам.",
  "Anyone over 14, and their families. No referral needed.":
    "Кожен від 14 років та їхні родини. Направлення не потрібне.",
  "Call or come in. The first interview is within a week.":
    "Зателефонуйте або приходьте. Перша розмова — протягом тижня.",
  "Mente Abierta Listening Line":
    "Лінія підтримки Mente Abierta",
  "Trained volunteers who have lived with mental health problems listen to you, without judging. Not an emergency service: in danger, call 112.":
    "Навчені волонтери, які самі пережили проблеми психічного здоров’я, вислухають вас без осуду. Це не екстрена служба: у небезпеці телефонуйте 112.",
  "Anyone who needs to talk.":
    "Кожен, кому потрібно поговорити.",
  "Call in the evening, every day.":
    "Телефонуйте ввечері, щодня.",
  "Telephone service; text relay and SMS available.":
    "Обслуговування телефоном; доступні текстовий ретранслятор і SMS.",
  "Peer Support Groups":
    "Групи взаємопідтримки",
  "Weekly groups for people living with anxiety, depression or psychosis, and a separate group for families.":
    "Щотижневі групи для людей, які живуть із тривожністю, депресією або психозом, і окрема група для родин.",
  "Adults, with or without a diagnosis.":
    "Дорослі, з діагнозом або без нього.",
  "Call first for a short welcome chat.":
    "Спершу зателефонуйте для короткої вступної розмови.",
  "Free Legal Guidance":
    "Безкоштовні юридичні консультації",
  "A lawyer explains your legal problem (family, housing, work, debts, immigration) and helps you apply for a free lawyer if you qualify.":
    "Юрист пояснить вашу юридичну проблему (сім’я, житло, робота, борги, імміграція) і допоможе попросити безоплатного адвоката, якщо ви маєте на це право.",
  "Anyone. The free lawyer depends on your income.":
    "Кожен. Безоплатний адвокат залежить від вашого доходу.",
  "Come on weekday mornings; first come, first served. Arrive before 12:00.":
    "Приходьте вранці в будні; приймають у порядку черги. Прийдіть до 12:00.",
  "Immigration Legal Advice":
    "Юридичні консультації з питань імміграції",
  "Lawyers specialised in residence and work permits, family reunification, nationality, regularisation and appeals.":
    "Юристи, що спеціалізуються на дозволах на проживання та роботу, возз’єднанні сім’ї, громадянстві, легалізації та оскарженнях.",
  "Migrants living in Valdemar, whatever their situation.":
    "Мігранти, які живуть у Вальдемарі, незалежно від їхнього статусу.",
  "Book an appointment by phone or ask to be contacted. Bring every paper you have.":
    "Запишіться телефоном або попросіть, щоб з вами зв’язалися. Принесіть усі папери, які маєте.",
  "Workers' Rights Advice":
    "Консультації з трудових прав",
  "Unpaid wages, dismissal, contract without papers, harassment at work: a labour lawyer tells you what you can do and by when.":
    "Невиплачена зарплата, звільнення, робота без договору, цькування на роботі: трудовий юрист скаже, що ви можете зробити і до якого терміну.",
  "Any worker, with or without a contract.":
    "Будь-який працівник, з договором або без нього.",
  "Call to book. After a dismissal you have only 20 working days to act: call quickly.":
    "Зателефонуйте, щоб записатися. Після звільнення у вас лише 20 робочих днів, щоб діяти: телефонуйте швидко.",
  "Payslips, contract and the dismissal letter, if any.":
    "Розрахункові листи, договір і лист про звільнення, якщо він є.",
  "Consumer Complaints":
    "Скарги споживачів",
  "Help to complain to a company, bank, phone or energy supplier, and free mediation and arbitration.":
    "Допомога зі скаргою на компанію, банк, оператора зв’язку чи постачальника енергії, а також безкоштовна медіація та арбітраж.",
  "Come in with your papers, or send them by e-mail.":
    "Приходьте зі своїми паперами або надішліть їх електронною поштою.",
  "The contract, invoice or receipt, and any messages with the company.":
    "Договір, рахунок або чек і будь-які повідомлення від компанії.",
  "Sexual and Reproductive Health Clinic":
    "Кабінет сексуального та репродуктивного здоров’я",
  "Contraception, pregnancy tests, testing for sexually transmitted infections, and advice, in confidence.":
    "Контрацепція, тести на вагітність, тести на інфекції, що передаються статевим шляхом, і консультації — конфіденційно.",
  "Anyone over 14. Young people can come on their own.":
    "Кожен від 14 років. Молодь може приходити сама.",
  "Walk in on Tuesday afternoon, or book by phone.":
    "Приходьте без запису у вівторок після обіду або запишіться телефоном.",
  "Family Support Service":
    "Служба підтримки сімей",
  "A family educator visits you at home or meets you at the centre to help with routines, school, conflicts and stress at home.":
    "Сімейний педагог відвідає вас удома або прийме в центрі, щоб допомогти з розпорядком дня, школою, конфліктами та стресом удома.",
  "Families with children under 18 living in Valdemar.":
    "Сім’ї з дітьми до 18 років, які живуть у Вальдемарі.",
  "Call or ask your social worker to refer you.":
    "Зателефонуйте або попросіть свого соціального працівника направити вас.",
  "Family Mediation":
    "Сімейна медіація",
  "A neutral mediator helps separated parents agree on children, visits and money, without going to court.":
    "Нейтральний медіатор допомагає батькам, які розійшлися, домовитися про дітей, зустрічі з ними та гроші без суду.",
  "Couples separating, and families in conflict (parents, grandparents, adult children).":
    "Пари, які розлучаються, і сім’ї в конфлікті (батьки, дідусі й бабусі, дорослі діти).",
  "Either person can call to book the first meeting. Sessions last one hour.":
    "Будь-хто з двох може зателефонувати, щоб записатися на першу зустріч. Сесії тривають годину.",
  "Baby and Toddler Group":
    "Група для немовлят і малюків",
  "Parents and babies up to three years meet, play and share questions about sleep, feeding and development with a nurse and an educator.":
    "Батьки з дітьми до трьох років зустрічаються, граються та обговорюють сон, харчування й розвиток із медсестрою та вихователькою.",
  "Parents or carers with a child under three.":
    "Батьки або опікуни дитини до трьох років.",
  "Just come on Friday morning.":
    "Просто приходьте в п’ятницю вранці.",
  "Los Pinos After-School Centre":
    "Центр після школи Los Pinos",
  "After school: a snack, homework help, games and trips, while parents work. Summer camp in July.":
    "Після школи: перекус, допомога з домашніми завданнями, ігри та екскурсії, поки батьки працюють. Літній табір у липні.",
  "Children aged 6 to 16, with priority for families referred by social services.":
    "Діти від 6 до 16 років; перевага — сім’ям, направленим соціальними службами.",
  "Ask for a place at the centre or through your social worker.":
    "Попросіть місце в центрі або через свого соціального працівника.",
  "Homework Help":
    "Допомога з домашніми завданнями",
  "Volunteer tutors help primary and secondary pupils with homework, reading and maths, in a quiet room with computers.":
    "Волонтери-репетитори допомагають учням початкової та середньої школи з домашніми завданнями, читанням і математикою в тихій кімнаті з комп’ютерами.",
  "Children and teenagers of the harbour district.":
    "Діти та підлітки з портового району.",
  "Parents come to enrol their child on a Monday.":
    "Батьки приходять записати дитину в понеділок.",
  "Arcoíris Support and Advice":
    "Arcoíris — підтримка та консультації",
  "A safe space for LGBTI people: peer support, psychological and legal advice, and a group for families of trans young people.":
    "Безпечний простір для ЛГБТІ-людей: взаємопідтримка, психологічні та юридичні консультації і група для родин трансгендерної молоді.",
  "LGBTI people of any age, and their families.":
    "ЛГБТІ-люди будь-якого віку та їхні родини.",
  "Drop in on Thursday evening, or ask to be contacted. Confidential.":
    "Заходьте в четвер увечері або попросіть, щоб з вами зв’язалися. Конфіденційно.",
  "Activities, gym, trips, a low-cost lunch, chiropody and hairdresser. A place to meet people and not be alone.":
    "Заняття, спортзал, екскурсії, недорогий обід, подологія та перукар. Місце, щоб знайомитися з людьми й не бути на самоті.",
  "People over 60 living in Valdemar, and their partners.":
    "Люди після 60 років, які живуть у Вальдемарі, та їхні партнери.",
  "Come to the reception with your ID to get a free member card.":
    "Прийдіть на рецепцію з документом, що посвідчує особу, щоб отримати безкоштовний членський квиток.",
  "Membership is free. Lunch costs 4.50 euros; activities 0 to 10 euros a month.":
    "Членство безкоштовне. Обід коштує 4,50 євро; заняття — від 0 до 10 євро на місяць.",
  "Home Help":
    "Допомога вдома",
  "A care worker comes to your home to help with washing, meals, cleaning and shopping, from one hour a week to every day.":
    "Доглядальниця приходить до вас додому й допомагає митися, готувати їжу, прибирати та робити покупки — від однієї години на тиждень до щодня.",
  "Older people and people with a disability who need help at home.":
    "Літні люди та люди з інвалідністю, які потребують допомоги вдома.",
  "Ask at your district social services centre; a social worker visits you to assess your needs.":
    "Зверніться до центру соціальних служб вашого району; соціальний працівник відвідає вас і оцінить ваші потреби.",
  "Health reports, if you have them.":
    "Медичні висновки, якщо вони у вас є.",
  "Free or with a contribution of up to 20% of the cost, depending on income.":
    "Безкоштовно або з доплатою до 20% вартості, залежно від доходу.",
  "Telecare Alarm":
    "Тривожна кнопка",
  "A button you wear on your wrist or neck. Press it at any time and a person answers, calls your family or sends help.":
    "Кнопка, яку носять на зап’ясті або на шиї. Натисніть її будь-коли — і людина відповість, зателефонує вашій родині або надішле допомогу.",
  "People over 65, or with a disability, who live alone or spend many hours alone.":
    "Люди після 65 років або з інвалідністю, які живуть самі чи багато годин проводять на самоті.",
  "Ask at your district social services centre or call the telecare line.":
    "Зверніться до центру соціальних служб вашого району або зателефонуйте на лінію тривожної кнопки.",
  "Phone Friends":
    "Друзі на телефоні",
  "A volunteer calls you once or twice a week for a chat, and can visit you or go for a walk with you.":
    "Волонтер телефонує вам раз чи двічі на тиждень, щоб поговорити, і може вас відвідати або піти з вами на прогулянку.",
  "Older people who feel alone.":
    "Літні люди, які почуваються самотніми.",
  "Call us, or a neighbour or relative can call for you.":
    "Зателефонуйте нам, або за вас може зателефонувати сусід чи родич.",
  "Support for Family Carers":
    "Підтримка сімейних доглядачів",
  "For people who look after a relative: a monthly group, short courses (moving a person safely, memory loss) and respite stays.":
    "Для тих, хто доглядає родича: щомісячна група, короткі курси (як безпечно переміщати людину, втрата пам’яті) і перепочинок, коли родича тимчасово доглядають інші.",
  "Anyone caring for an older or dependent relative.":
    "Кожен, хто доглядає літнього або залежного родича.",
  "Call to join; respite stays are requested through social services.":
    "Зателефонуйте, щоб приєднатися; перепочинок замовляють через соціальні служби.",
  "Dependency Assessment and Care Allowance":
    "Оцінка залежності та допомога на догляд",
  "The official assessment of how much help a person needs every day, which opens the door to home help, day centres and a carer's allowance.":
    "Офіційна оцінка того, скільки допомоги людина потребує щодня; вона відкриває доступ до допомоги вдома, денних центрів і виплати доглядачеві.",
  "People of any age who need help from others for daily activities.":
    "Люди будь-якого віку, яким потрібна допомога інших у щоденних справах.",
  "Apply at your district social services centre. An assessor visits your home.":
    "Подайте заяву в центрі соціальних служб вашого району. Оцінювач відвідає вас удома.",
  "Recent health report from your doctor.":
    "Свіжий медичний висновок від вашого лікаря.",
  "Easy-Read Advice Point":
    "Пункт консультацій простою мовою",
  "We explain letters, forms and contracts in easy words, and go with you to appointments if you want. Also for families.":
    "Пояснюємо листи, бланки й договори простими словами та, якщо хочете, ходимо з вами на прийоми. Також для родин.",
  "People with intellectual disabilities or learning difficulties, and anyone who finds papers hard to read.":
    "Люди з інтелектуальною інвалідністю або труднощами в навчанні та всі, кому важко читати папери.",
  "Come in or call. You can bring someone you trust.":
    "Приходьте або телефонуйте. Можете взяти з собою людину, якій довіряєте.",
  "Supported Employment":
    "Підтримуване працевлаштування",
  "A job coach helps you find a job in an ordinary company and supports you at work for as long as you need.":
    "Кар’єрний наставник допоможе знайти роботу у звичайній компанії та підтримуватиме вас на роботі стільки, скільки потрібно.",
  "People with a recognised disability of 33% or more who want to work.":
    "Люди з визнаною інвалідністю 33% або більше, які хочуть працювати.",
  "Call for a first interview.":
    "Зателефонуйте, щоб записатися на першу розмову.",
  "Disability certificate.":
    "Посвідчення про інвалідність.",
  "Sign Language Interpreting":
    "Переклад жестовою мовою",
  "A sign language interpreter goes with you to the doctor, the bank, the court or any appointment. Also video interpreting.":
    "Перекладач жестової мови піде з вами до лікаря, банку, суду чи на будь-який прийом. Також відеопереклад.",
  "Deaf people and people with hearing loss, and the services they deal with.":
    "Глухі люди та люди з порушеннями слуху, а також служби, з якими вони мають справу.",
  "Ask at least three days ahead by SMS, video call or e-mail. Urgent requests by SMS.":
    "Попросіть щонайменше за три дні через SMS, відеодзвінок або електронну пошту. Термінові запити — через SMS.",
  "Disability Certificate Help":
    "Допомога з посвідченням про інвалідність",
  "We explain the disability certificate, what it gives you (discounts, benefits, tax, transport, jobs) and help you apply or appeal.":
    "Пояснимо, що таке посвідчення про інвалідність і що воно дає (знижки, виплати, податки, транспорт, робота), та допоможемо подати заяву або оскаржити рішення.",
  "People with a disability or long-term illness, and their families.":
    "Люди з інвалідністю або тривалою хворобою та їхні родини.",
  "Book by phone; bring your health reports.":
    "Запишіться телефоном; принесіть свої медичні висновки.",
  "Health reports.":
    "Медичні висновки.",
  "Newcomers' Welcome Desk":
    "Пункт прийому новоприбулих",
  "First information in your language: registering at the town hall, health card, school for your children, Spanish classes and where to find work.":
    "Перша інформація вашою мовою: реєстрація в міській раді, медична картка, школа для дітей, уроки іспанської та де шукати роботу.",
  "People who have recently arrived in Valdemar, whatever their papers.":
    "Люди, які нещодавно приїхали до Вальдемара, незалежно від документів.",
  "Drop in. If you need an interpreter, tell us the language when you call.":
    "Заходьте. Якщо вам потрібен перекладач, скажіть мову, коли телефонуватимете.",
  "Reception for Asylum Seekers":
    "Прийом шукачів притулку",
  "Accommodation, a weekly allowance, Spanish classes, psychologist and a lawyer for people who have applied for international protection.":
    "Житло, щотижнева допомога, уроки іспанської, психолог і юрист для людей, які попросили міжнародного захисту.",
  "People who have applied, or want to apply, for asylum or international protection in Spain.":
    "Люди, які подали або хочуть подати заяву на притулок чи міжнародний захист в Іспанії.",
  "Call or come in. We help you ask for your asylum appointment if you do not have one yet.":
    "Зателефонуйте або приходьте. Ми допоможемо записатися на подання заяви про притулок, якщо ви ще не записані.",
  "Your asylum application paper or appointment, if you have it.":
    "Документ про заяву на притулок або запис на прийом, якщо він у вас є.",
  "Help Desk for People from Ukraine":
    "Пункт допомоги для людей з України",
  "Temporary protection papers, school, work permits and housing for people displaced from Ukraine, with Ukrainian-speaking staff.":
    "Документи тимчасового захисту, школа, дозволи на роботу та житло для людей, вимушено переміщених з України; працівники розмовляють українською.",
  "People displaced from Ukraine and their families.":
    "Люди, вимушено переміщені з України, та їхні родини.",
  "Come on Monday or Wednesday, or send an SMS to book.":
    "Приходьте в понеділок або середу чи надішліть SMS, щоб записатися.",
  "Registration at the Town Hall (Padrón)":
    "Реєстрація в міській раді (Padrón)",
  "Register your address in Valdemar. It is the key to health care, school, social services and many grants. You can register even without a rental contract.":
    "Зареєструйте свою адресу у Вальдемарі. Це ключ до медичної допомоги, школи, соціальних служб і багатьох видів допомоги. Зареєструватися можна навіть без договору оренди.",
  "Everyone who lives in Valdemar, with or without papers, including people without a fixed home.":
    "Усі, хто живе у Вальдемарі, з документами чи без, зокрема люди без постійного житла.",
  "Book an appointment or come in. Without a home, social services can register you at their address.":
    "Запишіться або приходьте. Якщо у вас немає житла, соціальні служби можуть зареєструвати вас за своєю адресою.",
  "Rental contract, or a signed authorisation from the owner or the main tenant.":
    "Договір оренди або підписаний дозвіл власника чи основного орендаря.",
  "Volunteer Interpreters":
    "Волонтери-перекладачі",
  "A volunteer who speaks your language goes with you to the doctor, the school or an office, or joins by phone.":
    "Волонтер, який розмовляє вашою мовою, піде з вами до лікаря, до школи чи в установу або допоможе телефоном.",
  "Anyone who does not yet speak Spanish well.":
    "Кожен, хто ще погано говорить іспанською.",
  "Ask at least two days ahead by phone or SMS. Languages: Arabic, Darija, French, English, Ukrainian, Russian, Romanian, Wolof, Portuguese.":
    "Попросіть щонайменше за два дні телефоном або через SMS. Мови: арабська, дарижа, французька, англійська, українська, російська, румунська, волоф, португальська.",
  "24-Hour Line Against Gender Violence":
    "Цілодобова лінія проти гендерного насильства",
  "Free, confidential line, day and night. Professionals listen, advise and, if you want, arrange a safe place to stay. The call does not appear on your phone bill.":
    "Безкоштовна конфіденційна лінія вдень і вночі. Фахівчині вислухають, порадять і, якщо хочете, знайдуть безпечне місце, де можна зупинитися. Дзвінок не з’явиться у вашому рахунку за телефон.",
  "Women facing violence, and anyone worried about a woman they know.":
    "Жінки, які зазнають насильства, і кожен, хто хвилюється за знайому жінку.",
  "Call or send an SMS at any time. In immediate danger, call 112.":
    "Телефонуйте або надсилайте SMS будь-коли. У безпосередній небезпеці телефонуйте 112.",
  "Women's Centre: Legal and Psychological Support":
    "Жіночий центр: юридична та психологічна підтримка",
  "A lawyer and a psychologist for women facing violence, separation or discrimination. We go with you to the police and to court.":
    "Юристка та психологиня для жінок, які зазнають насильства, переживають розлучення чи дискримінацію. Ми підемо з вами до поліції та до суду.",
  "Women living in Valdemar, with or without a police report.":
    "Жінки, які живуть у Вальдемарі, із заявою в поліцію або без неї.",
  "Call or come in. You do not need to give your name the first time.":
    "Зателефонуйте або приходьте. Першого разу не потрібно називати своє ім’я.",
  "Emergency Social Service":
    "Екстрена соціальна служба",
  "Social workers on duty when social services are closed: for a person sleeping rough in the cold, an older person left alone, or a family put out of their home.":
    "Чергові соціальні працівники, коли соціальні служби зачинені: для людини, яка ночує на вулиці в холод, літньої людини, що залишилася сама, або сім’ї, яку виселили з дому.",
  "Anyone in Valdemar facing a social emergency.":
    "Кожен у Вальдемарі, хто опинився в соціальній надзвичайній ситуації.",
  "Call the number at night, at weekends and on public holidays.":
    "Телефонуйте на цей номер уночі, у вихідні та у святкові дні.",
  "Children and Teenagers' Help Line":
    "Лінія допомоги дітям і підліткам",
  "For children and teenagers who are hurt, scared or bullied, and for adults worried about a child. Chat by SMS if you cannot speak.":
    "Для дітей і підлітків, яких скривдили, які бояться або яких цькують, а також для дорослих, які хвилюються за дитину. Якщо не можете говорити, пишіть SMS.",
  "Anyone under 18, and adults worried about a child.":
    "Кожен до 18 років і дорослі, які хвилюються за дитину.",
  "Call or send an SMS, any day from 9 in the morning to midnight.":
    "Телефонуйте або надсилайте SMS щодня з 9 ранку до півночі.",
  "Hate Incident Support":
    "Підтримка після інцидентів ненависті",
  "If you were insulted, attacked or refused service because of your origin, religion, sexuality or disability, we help you report it and support you afterwards.":
    "Якщо вас образили, напали на вас або відмовили в обслуговуванні через ваше походження, релігію, сексуальність чи інвалідність, ми допоможемо повідомити про це й підтримаємо вас потім.",
  "Anyone who has faced a hate incident, and witnesses.":
    "Кожен, хто зазнав інциденту ненависті, а також свідки.",
  "Call, send an SMS or ask to be contacted.":
    "Зателефонуйте, надішліть SMS або попросіть, щоб з вами зв’язалися.",
  "Free Computers and Wi-Fi at the Libraries":
    "Безкоштовні комп’ютери та Wi-Fi у бібліотеках",
  "Computers with internet, a printer and scanner, and free Wi-Fi in all five public libraries. Staff help you with the basics.":
    "Комп’ютери з інтернетом, принтер і сканер та безкоштовний Wi-Fi у всіх п’яти публічних бібліотеках. Працівники допоможуть з основами.",
  "Everyone. A library card is free with any ID.":
    "Усі. Читацький квиток безкоштовний із будь-яким документом, що посвідчує особу.",
  "Come in and ask at the desk. One hour per session, more if free.":
    "Заходьте й запитайте біля стійки. Одна година за сеанс, більше — якщо є вільні місця.",
  "First Steps with a Smartphone":
    "Перші кроки зі смартфоном",
  "A four-week course in small groups: calls and messages, WhatsApp, photos, staying safe from scams and making an online appointment.":
    "Чотиритижневий курс у малих групах: дзвінки та повідомлення, WhatsApp, фото, як уберегтися від шахраїв і записатися на прийом онлайн.",
  "Beginners of any age, starting with older people and newcomers. Bring your phone or borrow one of ours.":
    "Початківці будь-якого віку, насамперед літні люди та новоприбулі. Принесіть свій телефон або візьміть наш.",
  "Call to join the next group. Courses start every month.":
    "Зателефонуйте, щоб приєднатися до наступної групи. Курси починаються щомісяця.",
  "Donated Phones and Laptops":
    "Подаровані телефони й ноутбуки",
  "Refurbished phones and laptops, given free with a SIM card with 6 months of data, to people who have none.":
    "Відновлені телефони й ноутбуки безкоштовно, із SIM-карткою та мобільним інтернетом на 6 місяців, для людей, які їх не мають.",
  "People referred by a social worker, a school or an association.":
    "Люди, направлені соціальним працівником, школою або асоціацією.",
  "Ask your social worker or association to fill in the referral form.":
    "Попросіть свого соціального працівника або асоціацію заповнити бланк направлення.",
  "Referral form.":
    "Бланк направлення.",
  "Help with Online Procedures":
    "Допомога з онлайн-процедурами",
  "Staff help you get a digital certificate or Cl@ve, book appointments and send applications to any public office online.":
    "Працівники допоможуть отримати цифровий сертифікат або Cl@ve, записатися на прийом і надіслати онлайн-заяви до будь-якої державної установи.",
  "Book an appointment by phone or come in early.":
    "Запишіться телефоном або приходьте зранку.",
  "Your mobile phone, if you have one.":
    "Ваш мобільний телефон, якщо він у вас є.",
  "Online Scam Help":
    "Допомога при онлайн-шахрайстві",
  "Got a strange message or lost money online? We help you block, report and protect your accounts, step by step.":
    "Отримали дивне повідомлення або втратили гроші в інтернеті? Ми допоможемо заблокувати, повідомити й захистити ваші облікові записи, крок за кроком.",
  "Anyone.":
    "Кожен.",
  "Call or come on Thursday morning. Bring the phone or card involved.":
    "Зателефонуйте або приходьте в четвер уранці. Принесіть телефон або картку, про які йдеться.",
  "Youth Digital Lab":
    "Молодіжна цифрова лабораторія",
  "Free workshops for young people: video editing, coding, online job applications and staying safe on social media.":
    "Безкоштовні майстер-класи для молоді: монтаж відео, програмування, онлайн-заявки на роботу та безпека в соцмережах.",
  "Sign up at La Brújula or by SMS.":
    "Запишіться в La Brújula або через SMS.",
  "Registering at the town hall is your right":
    "Реєстрація в міській раді — ваше право",
  "Everyone who lives in Valdemar can register their address at the town hall, with or without residence papers, and even without a rental contract. Registration opens the door to health care, school and social services.":
    "Кожен, хто живе у Вальдемарі, може зареєструвати свою адресу в міській раді — з дозволом на проживання чи без нього і навіть без договору оренди. Реєстрація відкриває доступ до медичної допомоги, школи та соціальних служб.",
  "Everyone living in Valdemar.":
    "Усі, хто живе у Вальдемарі.",
  "Go to the Citizen Service Office. If you have no fixed home, social services can register you at their address.":
    "Зверніться до Центру обслуговування громадян. Якщо у вас немає постійного житла, соціальні служби можуть зареєструвати вас за своєю адресою.",
  "Rental contract or authorisation from the person who lives there.":
    "Договір оренди або дозвіл людини, яка там живе.",
  "Health care is for everyone":
    "Медична допомога — для всіх",
  "Everyone living in Valdemar has the right to public health care, including people without residence papers. Urgent care, pregnancy care and care for children are always free.":
    "Кожен, хто живе у Вальдемарі, має право на державну медичну допомогу, зокрема люди без дозволу на проживання. Невідкладна допомога, ведення вагітності та медична допомога дітям завжди безкоштовні.",
  "Ask the social worker at your health centre for a health card.":
    "Попросіть медичну картку в соціальної працівниці вашого центру здоров’я.",
  "Minimum income":
    "Мінімальний дохід",
  "If your household has little or no income, you may receive a monthly payment to cover basic needs. It is compatible with a small job.":
    "Якщо ваше домогосподарство має малий дохід або не має його, ви можете отримувати щомісячну виплату на базові потреби. Її можна поєднувати з невеликою роботою.",
  "Adults with one year of legal residence whose household income is below the minimum.":
    "Дорослі з одним роком легального проживання та доходом домогосподарства нижче мінімуму.",
  "Apply with help at the Benefits Office or your social services centre. The answer comes within six months; if it is yes, it is paid from the month after you applied.":
    "Подайте заяву з допомогою в Бюро соціальних виплат або у своєму центрі соціальних служб. Відповідь надходить протягом шести місяців; якщо вона позитивна, виплату нараховують із наступного місяця після заяви.",
  "Help in an emergency":
    "Допомога в надзвичайній ситуації",
  "If you cannot pay for something essential (rent, electricity, food, glasses), the city can give you a one-off emergency grant.":
    "Якщо ви не можете оплатити щось необхідне (оренду, електрику, їжу, окуляри), місто може надати вам одноразову термінову допомогу.",
  "People registered in Valdemar in a situation of need.":
    "Люди, зареєстровані у Вальдемарі, які опинилися в скруті.",
  "Ask your social worker. Urgent cases are decided within a week.":
    "Зверніться до свого соціального працівника. Термінові випадки вирішують протягом тижня.",
  "The bill you need to pay.":
    "Рахунок, який вам потрібно оплатити.",
  "Help to pay the rent":
    "Допомога з оплатою оренди",
  "If the rent takes more than a third of your income, the city can pay part of it every month for up to a year.":
    "Якщо оренда забирає понад третину вашого доходу, місто може щомісяця оплачувати її частину до одного року.",
  "Tenants registered in Valdemar for six months, with a contract in their name.":
    "Орендарі, зареєстровані у Вальдемарі шість місяців, із договором на своє ім’я.",
  "Apply at the Housing Advice Office, any time of year.":
    "Подайте заяву в Бюро житлових консультацій у будь-який час року.",
  "Nobody can put you out without a judge":
    "Ніхто не може виселити вас без судді",
  "Your landlord cannot change the locks, cut the water or put you out of your home without a court order. If there are children or vulnerable people, the court must inform social services, and the eviction can be postponed.":
    "Власник житла не може змінити замки, відключити воду чи вигнати вас із дому без рішення суду. Якщо там є діти або вразливі люди, суд має повідомити соціальні служби, і виселення можуть відкласти.",
  "All tenants and occupants.":
    "Усі орендарі та мешканці.",
  "As soon as you receive a court letter, ask for a free lawyer: you have only a few days to answer.":
    "Щойно отримаєте лист із суду, попросіть безоплатного адвоката: на відповідь у вас лише кілька днів.",
  "Discount on your electricity bill":
    "Знижка на рахунок за електрику",
  "Households with low income, large families and people receiving certain benefits pay less for electricity with the social discount. While you are protected, your electricity cannot be cut for debts.":
    "Домогосподарства з малим доходом, багатодітні сім’ї та люди, які отримують певні виплати, платять менше за електрику завдяки соціальній знижці. Поки ви під захистом, вам не можуть відключити електрику за борги.",
  "Households with low income, large families, people with minimum income or a minimum pension.":
    "Домогосподарства з малим доходом, багатодітні сім’ї, люди з мінімальним доходом або мінімальною пенсією.",
  "Ask the Energy Advice Point to apply with you; you must be on a regulated tariff.":
    "Попросіть Пункт енергетичних консультацій подати заяву разом із вами; у вас має бути регульований тариф.",
  "Your last electricity bill.":
    "Ваш останній рахунок за електрику.",
  "A free lawyer if you cannot pay one":
    "Безоплатний адвокат, якщо ви не можете заплатити",
  "If your income is low, the state pays your lawyer and court costs. Women facing violence and victims of trafficking have a free lawyer whatever their income.":
    "Якщо ваш дохід низький, держава оплачує вашого адвоката й судові витрати. Жінки, які зазнають насильства, і жертви торгівлі людьми мають безоплатного адвоката незалежно від доходу.",
  "People with income below the limit, and some victims whatever their income.":
    "Люди з доходом нижче межі та деякі потерпілі незалежно від доходу.",
  "Apply at the Legal Guidance Service before the deadline of your case.":
    "Подайте заяву до Служби юридичних консультацій до завершення строку у вашій справі.",
  "The right to understand and be understood":
    "Право розуміти й бути зрозумілим",
  "At the police and in court you have the right to a free interpreter. At the doctor, school and social services, ask for an interpreter or bring a volunteer: you should never have to rely on your children.":
    "У поліції та в суді ви маєте право на безкоштовного перекладача. У лікаря, у школі та в соціальних службах попросіть перекладача або візьміть волонтера: ви ніколи не повинні покладатися на своїх дітей.",
  "Anyone who does not speak Spanish well, and deaf people (sign language).":
    "Кожен, хто погано говорить іспанською, і глухі люди (жестова мова).",
  "Say which language you need when you book. For sign language, ask the Deaf Association three days ahead.":
    "Під час запису скажіть, яка мова вам потрібна. Щодо жестової мови зверніться до Асоціації глухих за три дні.",
  "Every child has the right to go to school":
    "Кожна дитина має право ходити до школи",
  "School is free and compulsory from 6 to 16, for every child living in Valdemar, whatever the papers of the family. Children can join at any time of the year.":
    "Школа безкоштовна й обов’язкова з 6 до 16 років для кожної дитини, яка живе у Вальдемарі, незалежно від документів сім’ї. Діти можуть почати навчання в будь-який час року.",
  "All children aged 3 to 18.":
    "Усі діти від 3 до 18 років.",
  "Ask at the school nearest you, or at the education office of the town hall.":
    "Запитайте в найближчій школі або у відділі освіти міської ради.",
  "Vaccination record, if you have it.":
    "Картка щеплень, якщо вона у вас є.",
  "School lunch for your children":
    "Шкільні обіди для ваших дітей",
  "Families with low income can have school lunches paid in full or in part.":
    "Сім’ї з малим доходом можуть отримати повну або часткову оплату шкільних обідів.",
  "Families below the income threshold; all children in foster care.":
    "Сім’ї з доходом нижче порогу; усі діти в прийомних сім’ях.",
  "Apply at school in September, or at any time if your situation changes.":
    "Подайте заяву в школі у вересні або будь-коли, якщо ваша ситуація зміниться.",
  "Benefit when you lose your job":
    "Допомога, коли ви втратили роботу",
  "If you worked with a contract for at least a year and lost your job, you can receive unemployment benefit. If not, you may receive an allowance.":
    "Якщо ви працювали за договором щонайменше рік і втратили роботу, ви можете отримувати допомогу по безробіттю. Якщо ні, можливо, вам належить соціальна допомога.",
  "Workers who lost their job not by their own choice.":
    "Працівники, які втратили роботу не з власної волі.",
  "Register at the Employment Office and apply within 15 working days.":
    "Зареєструйтеся в Центрі зайнятості та подайте заяву протягом 15 робочих днів.",
  "Employer's certificate.":
    "Довідка від роботодавця.",
  "Your work must be paid, with or without a contract":
    "Ваша праця має бути оплачена — з договором чи без",
  "Every hour worked must be paid at least the minimum wage, even without a contract and even without papers. You can claim unpaid wages for up to a year.":
    "Кожна відпрацьована година має бути оплачена щонайменше за мінімальною зарплатою, навіть без договору й навіть без документів. Невиплачену зарплату можна вимагати протягом року.",
  "Every worker.":
    "Кожен працівник.",
  "Write down your hours and keep messages. Ask for free advice before signing anything.":
    "Записуйте свої години й зберігайте повідомлення. Отримайте безкоштовну консультацію, перш ніж щось підписувати.",
  "Any proof of the work: messages, photos, payments.":
    "Будь-які докази роботи: повідомлення, фото, платежі.",
  "Care when you depend on others":
    "Догляд, коли ви залежите від інших",
  "If you need help every day to wash, eat or move around, you have the right to an assessment and to support: home help, day centre, telecare or money for your carer.":
    "Якщо вам щодня потрібна допомога, щоб митися, їсти чи пересуватися, ви маєте право на оцінку та підтримку: допомогу вдома, денний центр, тривожну кнопку або гроші для того, хто вас доглядає.",
  "People of any age with a recognised level of dependency.":
    "Люди будь-якого віку з визнаним рівнем залежності.",
  "Apply at your social services centre. A professional visits your home.":
    "Подайте заяву у своєму центрі соціальних служб. Фахівець відвідає вас удома.",
  "Health report from your doctor.":
    "Медичний висновок від вашого лікаря.",
  "Help at the press of a button":
    "Допомога одним натисканням кнопки",
  "If you are over 65 or have a disability and spend time alone, you can have a telecare button at home: day and night, someone answers.":
    "Якщо вам понад 65 років або у вас інвалідність і ви буваєте на самоті, ви можете мати вдома тривожну кнопку: вдень і вночі хтось відповість.",
  "People over 65 or with a disability who live alone.":
    "Люди після 65 років або з інвалідністю, які живуть самі.",
  "Ask at your social services centre.":
    "Зверніться до свого центру соціальних служб.",
  "The disability certificate and what it gives you":
    "Посвідчення про інвалідність і що воно дає",
  "A recognised disability of 33% or more gives you tax benefits, transport discounts, reserved jobs and some benefits.":
    "Визнана інвалідність 33% або більше дає податкові пільги, знижки на транспорт, квоти на робочі місця та деякі виплати.",
  "People with a physical, sensory, intellectual or mental health condition.":
    "Люди з фізичними, сенсорними, інтелектуальними або психічними порушеннями.",
  "Apply at the regional assessment centre; Puentes can help you fill in the forms.":
    "Подайте заяву до регіонального центру оцінки; Puentes допоможе заповнити бланки.",
  "Protection against gender violence":
    "Захист від гендерного насильства",
  "Women facing violence have the right to information, a free lawyer, psychological support, a safe place and a protection order, with or without a police report and whatever their papers.":
    "Жінки, які зазнають насильства, мають право на інформацію, безоплатну адвокатку, психологічну підтримку, безпечне місце та охоронний ордер — із заявою в поліцію чи без неї та незалежно від документів.",
  "Women facing violence, and their children.":
    "Жінки, які зазнають насильства, та їхні діти.",
  "Call the 24-hour line at any time. In immediate danger, call 112.":
    "Телефонуйте на цілодобову лінію будь-коли. У безпосередній небезпеці телефонуйте 112.",
  "Asking for international protection":
    "Як попросити міжнародного захисту",
  "If you fled your country because your life or freedom is in danger, you can ask for asylum in Spain. While your application is studied, you can stay and, after six months, work.":
    "Якщо ви втекли зі своєї країни, бо ваше життя чи свобода в небезпеці, ви можете попросити притулку в Іспанії. Поки вашу заяву розглядають, ви можете залишатися, а через шість місяців — працювати.",
  "People who fear persecution or serious harm in their country.":
    "Люди, які бояться переслідування або серйозної шкоди у своїй країні.",
  "Ask for an appointment as soon as possible; Mar Abierto helps you prepare.":
    "Якнайшвидше запишіться на прийом; Mar Abierto допоможе вам підготуватися.",
  "Any proof of what happened to you.":
    "Будь-які докази того, що з вами сталося.",
  "Papers after living here for a time":
    "Документи після того, як ви прожили тут певний час",
  "After two years living in Spain, you may get residence papers through training, a job offer, family or social ties. Registration at the town hall proves the time you have lived here.":
    "Після двох років життя в Іспанії ви можете отримати дозвіл на проживання через навчання, пропозицію роботи, сім’ю або соціальні зв’язки. Реєстрація в міській раді доводить, скільки часу ви тут живете.",
  "Migrants without papers living in Spain for two years or more.":
    "Мігранти без документів, які живуть в Іспанії два роки або довше.",
  "Ask the Immigration Legal Advice which route fits you before you apply.":
    "Перш ніж подавати заяву, запитайте в Юридичних консультаціях з питань імміграції, який шлях вам підходить.",
  "Help with the internet for public procedures":
    "Допомога з інтернетом для державних послуг",
  "No one should lose a right because they cannot use the internet. Public offices must also attend you in person, and the town hall helps you with online procedures for free.":
    "Ніхто не повинен втрачати право через те, що не вміє користуватися інтернетом. Державні установи мають приймати вас і особисто, а міська рада безкоштовно допомагає з онлайн-процедурами.",
  "Everyone.":
    "Усі.",
  "Ask for in-person attention, or book help at the Citizen Service Office or a library.":
    "Попросіть особистого прийому або запишіться на допомогу в Центрі обслуговування громадян чи в бібліотеці.",
  "Nobody should go hungry":
    "Ніхто не повинен голодувати",
  "If you cannot afford food, there is a hot meal every day at San Martín without questions, and food boxes from the Food Bank for your household.":
    "Якщо ви не можете купити їжу, у San Martín щодня є гаряча їжа без запитань, а Продовольчий банк дає набори продуктів для вашого домогосподарства.",
  "Anyone in need.":
    "Кожен, хто в скруті.",
  "Go to San Martín today; ask a social worker for a Food Bank referral.":
    "Ідіть до San Martín сьогодні; попросіть соціального працівника про направлення до Продовольчого банку.",
  "Children have the right to be safe":
    "Діти мають право на безпеку",
  "Every child has the right to be protected from violence, neglect and bullying. Any adult who knows a child is in danger must tell someone who can help.":
    "Кожна дитина має право на захист від насильства, занедбання та цькування. Кожен дорослий, який знає, що дитина в небезпеці, має сказати про це тому, хто може допомогти.",
  "Every child and teenager.":
    "Кожна дитина й кожен підліток.",
  "Call the Children and Teenagers' Help Line. In danger, call 112.":
    "Зателефонуйте на Лінію допомоги дітям і підліткам. У небезпеці телефонуйте 112.",
};
