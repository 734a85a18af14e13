// Arabic texts of the demo directory, keyed by the English text each one translates.
import type { Catalog } from './catalog';

export const ar: Catalog = {
  "Valdemar City Social Services":
    "الخدمات الاجتماعية البلدية في فالديمار",
  "The city council's social services: first point of contact for anyone who needs support, with social workers in every district.":
    "الخدمات الاجتماعية التابعة للبلدية: أول مكان يلجأ إليه كل من يحتاج إلى دعم، مع أخصائيين اجتماعيين في كل حي.",
  "Valdemar Municipal Housing Agency":
    "الوكالة البلدية للسكن في فالديمار",
  "Manages the city's social rented homes, rent grants and the housing register.":
    "تدير المساكن الاجتماعية للإيجار في المدينة ومساعدات الإيجار وسجل طالبي السكن.",
  "Valdemar Tenants' Association":
    "جمعية المستأجرين في فالديمار",
  "Volunteers and lawyers who help tenants with rent rises, repairs and evictions.":
    "متطوعون ومحامون يساعدون المستأجرين في زيادات الإيجار والإصلاحات والإخلاء.",
  "El Refugio Municipal Shelter":
    "مأوى إل ريفوخيو البلدي",
  "Night shelter and day centre for people sleeping rough.":
    "مأوى ليلي ومركز نهاري للأشخاص الذين ينامون في الشارع.",
  "Valdemar Food Bank Foundation":
    "مؤسسة بنك الطعام في فالديمار",
  "Collects food from shops and producers and shares it out through local groups.":
    "تجمع الطعام من المتاجر والمنتجين وتوزعه عن طريق جمعيات الأحياء.",
  "San Martín Community Kitchen":
    "مطعم سان مارتين التضامني",
  "A community kitchen run by neighbours since 1987: hot meals, no questions asked.":
    "مطعم تضامني يديره الجيران منذ 1987: وجبات ساخنة من دون أسئلة.",
  "El Muelle Neighbourhood Association":
    "جمعية حي إل مويي",
  "Neighbours of the harbour district organising food, clothes and homework help.":
    "سكان حي الميناء ينظمون الطعام والملابس والمساعدة في الواجبات المدرسية.",
  "Municipal Consumer Office":
    "المكتب البلدي للمستهلكين",
  "Free advice on bills, debts, banks and complaints against companies.":
    "استشارات مجانية حول الفواتير والديون والبنوك والشكاوى ضد الشركات.",
  "Valdemar Energy Advice Point":
    "نقطة استشارات الطاقة في فالديمار",
  "Helps households cut their energy bills and claim the discounts they are entitled to.":
    "تساعد الأسر على تخفيض فواتير الطاقة وطلب التخفيضات التي يحق لها.",
  "Valdemar Benefits Office":
    "مكتب المساعدات في فالديمار",
  "Public office where you apply for income support, pensions and family benefits.":
    "مكتب عمومي تُطلب فيه مساعدة الدخل الأدنى والمعاشات والمساعدات العائلية.",
  "Valdemar Employment Office":
    "مكتب التشغيل في فالديمار",
  "Public employment service: job-seeker registration, unemployment benefit and job offers.":
    "خدمة التشغيل العمومية: التسجيل كباحث عن عمل، وإعانة البطالة، وعروض العمل.",
  "La Brújula Youth Information Centre":
    "مركز إعلام الشباب لا بروخولا",
  "Connects young people aged 14 to 30 with local experts: jobs, training, legal advice, addictions and housing.":
    "يربط الشباب من 14 إلى 30 سنة بخبراء محليين: العمل، التكوين، الاستشارة القانونية، الإدمان والسكن.",
  "Puerto Nuevo Vocational Training Centre":
    "مركز بويرتو نويبو للتكوين المهني",
  "Free vocational courses with work placements in local businesses.":
    "دورات تكوين مهني مجانية مع تدريب عملي في شركات محلية.",
  "Mareas Adult Education School":
    "مدرسة ماريّاس لتعليم الكبار",
  "Reading, writing, Spanish for newcomers and secondary school diplomas for adults.":
    "القراءة والكتابة، والإسبانية للقادمين الجدد، وشهادة التعليم الثانوي للكبار.",
  "El Puerto Health Centre":
    "المركز الصحي إل بويرتو",
  "Public health centre: family doctors, nurses, midwives and a social worker.":
    "مركز صحي عمومي: أطباء الأسرة، ممرضون، قابلات وأخصائية اجتماعية.",
  "Faro Addiction Support Association":
    "جمعية فارو لدعم المدمنين",
  "Support for people with alcohol, drug or gambling problems, and for their families.":
    "دعم للأشخاص الذين يعانون من مشاكل الكحول أو المخدرات أو القمار، ولأسرهم.",
  "Mente Abierta Mental Health Association":
    "جمعية مينتي أبييرتا للصحة النفسية",
  "Peer support groups and a listening line for people living with mental health problems.":
    "مجموعات دعم متبادل وخط للإصغاء للأشخاص الذين يعيشون مع مشاكل في الصحة النفسية.",
  "Legal Guidance Service of the Valdemar Bar":
    "خدمة التوجيه القانوني لهيئة المحامين في فالديمار",
  "Lawyers who explain your case and help you apply for a free lawyer.":
    "محامون يشرحون لك وضعك ويساعدونك في طلب محامٍ مجاني.",
  "Las Dunas Family Support Centre":
    "مركز دعم الأسر لاس دوناس",
  "Support for parents and children: parenting, mediation and early childhood.":
    "دعم للآباء والأمهات والأطفال: التربية، الوساطة والطفولة المبكرة.",
  "Los Pinos Children's Day Centre":
    "مركز لوس بينوس النهاري للأطفال",
  "After-school care, meals and homework help for children aged 6 to 16.":
    "رعاية بعد المدرسة، ووجبة خفيفة، ومساعدة في الواجبات للأطفال من 6 إلى 16 سنة.",
  "La Atalaya Older People's Centre":
    "مركز لا أتالايا لكبار السن",
  "A meeting place for people over 60: activities, lunch, chiropody and company.":
    "مكان للقاء لمن تجاوزوا 60 سنة: أنشطة، غداء، العناية بالقدمين، ورفقة.",
  "Cuidados del Norte Care Cooperative":
    "تعاونية كويدادوس ديل نورتي للرعاية",
  "Home care workers' cooperative contracted by the city for home help.":
    "تعاونية عاملات الرعاية المنزلية التي تتعاقد معها البلدية للمساعدة في المنزل.",
  "Puentes Inclusion Association":
    "جمعية بوينتيس من أجل الإدماج",
  "People with intellectual disabilities and their families, working for an inclusive city.":
    "أشخاص ذوو إعاقة ذهنية وأسرهم، يعملون من أجل مدينة دامجة.",
  "Valdemar Deaf Association":
    "جمعية الصم في فالديمار",
  "Sign language interpreting, courses and advice, run by deaf people.":
    "ترجمة بلغة الإشارة، ودورات، واستشارات، يديرها أشخاص صم.",
  "Acogida Valdemar":
    "أكوخيدا فالديمار",
  "Association welcoming migrants: information, Spanish classes and help with paperwork.":
    "جمعية لاستقبال المهاجرين: معلومات، دروس في الإسبانية، ومساعدة في الأوراق الإدارية.",
  "Mar Abierto Foundation":
    "مؤسسة مار أبييرتو",
  "Reception programme for people seeking international protection.":
    "برنامج استقبال للأشخاص الذين يطلبون الحماية الدولية.",
  "Valdemar Municipal Women's Centre":
    "المركز البلدي للمرأة في فالديمار",
  "Advice, psychological support and legal help for women, and a 24-hour line against violence.":
    "استشارات ودعم نفسي وقانوني للنساء، وخط يعمل 24 ساعة ضد العنف.",
  "Arcoíris Valdemar LGBTI Collective":
    "مجموعة أركوإيريس فالديمار لمجتمع الميم",
  "Support, advice and a safe space for LGBTI people and their families.":
    "دعم واستشارات ومساحة آمنة لأفراد مجتمع الميم وأسرهم.",
  "Valdemar Public Library Network":
    "شبكة المكتبات العامة في فالديمار",
  "Five public libraries with free computers, Wi-Fi and help from staff.":
    "خمس مكتبات عامة فيها حواسيب مجانية وشبكة واي فاي ومساعدة من الموظفين.",
  "Conecta Valdemar":
    "كونيكتا فالديمار",
  "Volunteers teaching digital skills, furthest first: older people, newcomers, people without a device.":
    "متطوعون يعلّمون المهارات الرقمية، بدءًا بالأبعد عنها: كبار السن، القادمون الجدد، والأشخاص الذين ليس لديهم جهاز.",
  "Valdemar Citizen Service Office":
    "مكتب خدمة المواطنين في فالديمار",
  "The town hall's front desk: registration, certificates and help with online procedures.":
    "مكتب الاستقبال في البلدية: التسجيل في سجل السكان، الشهادات، والمساعدة في الإجراءات عبر الإنترنت.",
  "Red Solidaria Valdemar":
    "ريد سوليداريا فالديمار",
  "A network of parishes and mosques offering clothes, emergency help and company.":
    "شبكة من الكنائس والمساجد تقدّم الملابس والمساعدة العاجلة والرفقة.",
  "Housing Advice Office":
    "مكتب استشارات السكن",
  "Advice on renting, social housing, rent grants and what to do if you may lose your home. We help you fill in the housing register form.":
    "استشارات حول الإيجار والسكن الاجتماعي ومساعدات الإيجار وما يجب فعله إذا كنت قد تفقد منزلك. نساعدك في ملء استمارة سجل طالبي السكن.",
  "Anyone who lives in Valdemar or works here.":
    "كل من يعيش في فالديمار أو يعمل فيها.",
  "Come in during opening hours or call to book a time. Appointments are about 30 minutes.":
    "تعال في ساعات العمل أو اتصل لحجز موعد. يستغرق الموعد حوالي 30 دقيقة.",
  "Identity document: DNI, NIE or passport (any of them, even expired).":
    "وثيقة الهوية: DNI أو NIE أو جواز السفر (أي واحدة منها، حتى لو كانت منتهية الصلاحية).",
  "Certificate of registration in Valdemar (empadronamiento), if you have it.":
    "شهادة التسجيل في سجل السكان في فالديمار (empadronamiento)، إن كانت لديك.",
  "Proof of the household's income in the last three months (payslips, benefit letters).":
    "إثبات دخل الأسرة في الأشهر الثلاثة الأخيرة (كشوف الرواتب، رسائل المساعدات).",
  "Free of charge.":
    "مجاني.",
  "Step-free entrance, lift, accessible toilet and hearing loop at the desk.":
    "مدخل بلا درجات، مصعد، مرحاض مهيأ، وحلقة سمعية عند الشباك.",
  "Rent Grant":
    "مساعدة البلدية للإيجار",
  "A monthly grant that pays part of your rent for up to 12 months, when the rent takes more than a third of the household's income.":
    "مساعدة شهرية تدفع جزءًا من إيجارك لمدة أقصاها 12 شهرًا، عندما يتجاوز الإيجار ثلث دخل الأسرة.",
  "Tenants registered in Valdemar for at least six months, with a rental contract in their name.":
    "المستأجرون المسجلون في فالديمار منذ ستة أشهر على الأقل، ولديهم عقد إيجار باسمهم.",
  "Apply at the Housing Advice Office or online. The call for applications is open all year; an answer comes within two months.":
    "قدّم الطلب في مكتب استشارات السكن أو عبر الإنترنت. باب الطلبات مفتوح طوال السنة؛ ويصل الرد خلال شهرين على الأكثر.",
  "Rental contract and the last rent receipts.":
    "عقد الإيجار وآخر إيصالات الإيجار.",
  "Bank account details (IBAN) in your name.":
    "بيانات حساب بنكي (IBAN) باسمك.",
  "Eviction Help Desk":
    "مكتب المساعدة ضد الإخلاء",
  "If you have received an eviction letter or your landlord wants you out, we explain your rights, go with you to court and negotiate with the owner.":
    "إذا وصلتك رسالة إخلاء أو أراد المالك إخراجك، نشرح لك حقوقك، ونرافقك إلى المحكمة، ونتفاوض مع المالك.",
  "Tenants and people living in a home without a contract.":
    "المستأجرون والأشخاص الذين يسكنون بيتًا بلا عقد.",
  "Come on Tuesday or Thursday evening. Bring every letter you have received, even if you think it is not important.":
    "تعال يوم الثلاثاء أو الخميس مساءً. أحضر كل الرسائل التي وصلتك، حتى لو ظننت أنها غير مهمة.",
  "Any letters or papers about your problem.":
    "أي رسائل أو أوراق تتعلق بمشكلتك.",
  "First floor without a lift. Staff can meet you on the ground floor: ask when you call.":
    "الطابق الأول بلا مصعد. يمكن للموظفين استقبالك في الطابق الأرضي: اطلب ذلك عند الاتصال.",
  "El Refugio Night Shelter":
    "مأوى إل ريفوخيو الليلي",
  "A bed, a shower, dinner and breakfast for people with nowhere to sleep. 40 places, 8 of them for women only. Pets welcome in the yard.":
    "سرير ودُش وعشاء وفطور لمن ليس لديه مكان ينام فيه. 40 مكانًا، منها 8 للنساء فقط. الحيوانات الأليفة مرحب بها في الفناء.",
  "Adults over 18 with nowhere to sleep tonight. No papers needed.":
    "البالغون فوق 18 سنة الذين ليس لديهم مكان ينامون فيه الليلة. لا حاجة إلى أوراق.",
  "Come to the door between 20:00 and 23:00. If it is full, staff will phone the emergency social service for you.":
    "تعال إلى الباب بين 20:00 و23:00. إذا كان المأوى ممتلئًا، يتصل الموظفون نيابة عنك بالخدمة الاجتماعية للطوارئ.",
  "Nothing. Come as you are.":
    "لا شيء. تعال كما أنت.",
  "Step-free entrance and accessible toilet.":
    "مدخل بلا درجات ومرحاض مهيأ.",
  "El Refugio Day Centre":
    "مركز إل ريفوخيو النهاري",
  "A warm place during the day: showers, laundry, lunch, a postal address for your letters and a social worker.":
    "مكان دافئ خلال النهار: دُش، غسيل الملابس، غداء، عنوان بريدي لرسائلك وأخصائية اجتماعية.",
  "People sleeping rough or in insecure housing.":
    "الأشخاص الذين ينامون في الشارع أو في سكن غير مستقر.",
  "Just come in. Lunch is served at 13:30.":
    "ادخل فقط. يُقدَّم الغداء في الساعة 13:30.",
  "Food Bank Distribution Point":
    "نقطة توزيع بنك الطعام",
  "A box of basic food every two weeks: pulses, rice, oil, milk, tinned fish, fruit and vegetables when there are some. Baby food and nappies on request.":
    "سلة من المواد الغذائية الأساسية كل أسبوعين: بقوليات، أرز، زيت، حليب، سمك معلب، وفواكه وخضروات عند توفرها. طعام الأطفال والحفاضات عند الطلب.",
  "Households referred by a social worker, or whose income is below the minimum income level.":
    "الأسر المحالة من أخصائي اجتماعي، أو التي يقل دخلها عن مستوى الدخل الأدنى.",
  "The first time, come with your documents to register; after that, collect your box on your day.":
    "في المرة الأولى، تعال بوثائقك للتسجيل؛ وبعد ذلك، استلم سلتك في يومك.",
  "Referral letter from social services, if you have one.":
    "رسالة إحالة من الخدمات الاجتماعية، إن كانت لديك.",
  "Entrance by a ramp on the side door; ring the bell and staff will open.":
    "المدخل عبر منحدر من الباب الجانبي؛ اضغط الجرس وسيفتح الموظفون.",
  "A hot lunch every day of the year, and a take-away supper on weekdays. Vegetarian and halal options.":
    "غداء ساخن كل يوم من أيام السنة، وعشاء للأخذ في أيام الأسبوع. خيارات نباتية وحلال.",
  "Anyone who needs a meal.":
    "كل من يحتاج إلى وجبة.",
  "Come to the door; there is no list. Take-away supper from 19:00.":
    "تعال إلى الباب؛ لا توجد قائمة. عشاء للأخذ ابتداءً من 19:00.",
  "El Muelle Solidarity Pantry":
    "مخزن إل مويي التضامني",
  "A pantry run by neighbours where families choose their own food and clothes, like in a shop, with points instead of money.":
    "مخزن يديره الجيران تختار فيه الأسر طعامها وملابسها بنفسها، كما في متجر، بالنقاط بدل المال.",
  "Families living in the harbour district with children under 18.":
    "الأسر التي تعيش في حي الميناء ولديها أطفال دون 18 سنة.",
  "Ask for an interview on Saturday morning; you get your points card the same day.":
    "اطلب مقابلة يوم السبت صباحًا؛ وتحصل على بطاقة النقاط في اليوم نفسه.",
  "Family book or children's birth certificates.":
    "دفتر العائلة أو شهادات ميلاد الأطفال.",
  "School Meals Grant":
    "منحة الوجبات المدرسية",
  "Pays all or part of school lunches for children in public schools in Valdemar.":
    "تدفع وجبة الغداء المدرسية كلها أو جزءًا منها للأطفال في المدارس العمومية في فالديمار.",
  "Families whose income is below the grant threshold, and all children in foster care.":
    "الأسر التي يقل دخلها عن حد المنحة، وجميع الأطفال في الكفالة الأسرية.",
  "Apply at your child's school or at your district social services centre in September; late applications are accepted when your situation changes.":
    "قدّم الطلب في مدرسة طفلك أو في مركز الخدمات الاجتماعية في حيّك في شهر سبتمبر؛ وتُقبل الطلبات المتأخرة إذا تغيّر وضعك.",
  "Social Services Centre — City Centre":
    "مركز الخدمات الاجتماعية — وسط المدينة",
  "Your first stop for help. A social worker listens, looks at your whole situation and helps you apply for emergency grants, benefits, home help and other services.":
    "أول خطوة لطلب المساعدة. يستمع إليك أخصائي اجتماعي، وينظر في وضعك كله، ويساعدك في طلب المساعدات العاجلة والمساعدات الاجتماعية والمساعدة المنزلية وخدمات أخرى.",
  "Anyone living in the Centro, El Puerto or La Arena districts.":
    "كل من يعيش في أحياء سنترو أو إل بويرتو أو لا أرينا.",
  "Call to book an appointment. In an emergency, come in the morning without one.":
    "اتصل لحجز موعد. في حالة الطوارئ، تعال صباحًا من دون موعد.",
  "Social Services Centre — South":
    "مركز الخدمات الاجتماعية — الجنوب",
  "Social workers for the southern districts: emergency grants, benefits, home help and support for families.":
    "أخصائيون اجتماعيون للأحياء الجنوبية: مساعدات عاجلة، مساعدات اجتماعية، مساعدة منزلية ودعم للأسر.",
  "Anyone living in La Calzada, Contrueces or Pumarín Sur.":
    "كل من يعيش في لا كالثادا أو كونترويثيس أو بومارين سور.",
  "Emergency Social Grant":
    "المساعدة الاجتماعية العاجلة",
  "One-off money for urgent basic needs: an unpaid electricity bill, a month's rent to avoid eviction, glasses, or essential furniture.":
    "مبلغ لمرة واحدة للاحتياجات الأساسية العاجلة: فاتورة كهرباء غير مدفوعة، إيجار شهر لتجنب الإخلاء، نظارات، أو أثاث ضروري.",
  "People registered in Valdemar who cannot pay an essential cost.":
    "الأشخاص المسجلون في فالديمار الذين لا يستطيعون دفع تكلفة ضرورية.",
  "Ask your social worker at your district social services centre. Urgent cases are decided within a week.":
    "اطلبها من أخصائيك الاجتماعي في مركز الخدمات الاجتماعية في حيّك. يُبتّ في الحالات العاجلة خلال أسبوع.",
  "The bill or quote you need to pay.":
    "الفاتورة أو عرض السعر الذي عليك دفعه.",
  "Minimum Income Applications":
    "طلبات الدخل الأدنى",
  "Help to apply for the minimum income, a monthly payment for households with little or no income, and to keep it up to date.":
    "مساعدة في طلب الدخل الأدنى، وهو دفعة شهرية للأسر ذات الدخل القليل أو المنعدم، وفي إبقاء الملف محدّثًا.",
  "Adults living in Spain legally for at least one year, with a household income below the minimum.":
    "البالغون المقيمون في إسبانيا بشكل قانوني منذ سنة على الأقل، ودخل أسرتهم أقل من الحد الأدنى.",
  "Book an appointment by phone. Staff fill in the online application with you.":
    "احجز موعدًا بالهاتف. يملأ الموظفون الطلب عبر الإنترنت معك.",
  "Debt and Bills Advice":
    "استشارات الديون والفواتير",
  "We look at your debts and bills with you, check for abusive charges, and help you agree a payment plan or make a complaint.":
    "ننظر معك في ديونك وفواتيرك، ونتحقق من الرسوم التعسفية، ونساعدك على الاتفاق على خطة سداد أو تقديم شكوى.",
  "Anyone living in Valdemar.":
    "كل من يعيش في فالديمار.",
  "Book an appointment by phone or e-mail. Bring all the papers, including letters from debt collectors.":
    "احجز موعدًا بالهاتف أو بالبريد الإلكتروني. أحضر كل الأوراق، ومنها رسائل شركات تحصيل الديون.",
  "Your latest bank statements.":
    "آخر كشوف حسابك البنكي.",
  "Energy Bills Help":
    "المساعدة في فواتير الطاقة",
  "We read your bills with you, switch you to a cheaper tariff, apply for the social discount on electricity and stop a disconnection.":
    "نقرأ فواتيرك معك، وننقلك إلى تعرفة أرخص، ونطلب التخفيض الاجتماعي على الكهرباء، ونوقف قطعها.",
  "Any household in Valdemar.":
    "أي أسرة في فالديمار.",
  "Come without an appointment on Tuesday or Thursday morning, or call.":
    "تعال من دون موعد يوم الثلاثاء أو الخميس صباحًا، أو اتصل.",
  "Your last electricity and gas bills.":
    "آخر فواتير الكهرباء والغاز.",
  "Red Solidaria Clothes Bank":
    "بنك الملابس ريد سوليداريا",
  "Clean clothes, shoes and bedding for adults and children, and winter coats from November.":
    "ملابس نظيفة وأحذية وأغطية أسرّة للكبار والأطفال، ومعاطف شتوية ابتداءً من نوفمبر.",
  "Anyone who needs them.":
    "كل من يحتاج إليها.",
  "Come during opening hours. Up to two visits a month.":
    "تعال في ساعات العمل. زيارتان في الشهر على الأكثر.",
  "Job-Seeker Registration and Unemployment Benefit":
    "التسجيل كباحث عن عمل وإعانة البطالة",
  "Register as a job seeker, apply for unemployment benefit or the unemployment allowance, and see job offers.":
    "سجّل نفسك كباحث عن عمل، واطلب إعانة البطالة أو منحة البطالة، واطّلع على عروض العمل.",
  "People of working age who are out of work or want to change job, with permission to work.":
    "الأشخاص في سن العمل العاطلون عن العمل أو الراغبون في تغيير عملهم، ولديهم إذن بالعمل.",
  "Book an appointment by phone or online. Apply for benefit within 15 working days of losing your job.":
    "احجز موعدًا بالهاتف أو عبر الإنترنت. اطلب الإعانة خلال 15 يوم عمل من فقدان عملك.",
  "Your employer's certificate of end of contract.":
    "شهادة نهاية العقد من صاحب العمل.",
  "Job Search Guidance":
    "التوجيه في البحث عن عمل",
  "A guidance counsellor helps you write your CV, prepare interviews and plan training, one to one or in small groups.":
    "يساعدك مستشار توجيه على كتابة سيرتك الذاتية، والتحضير للمقابلات، والتخطيط للتكوين، بشكل فردي أو في مجموعات صغيرة.",
  "People registered as job seekers.":
    "الأشخاص المسجلون كباحثين عن عمل.",
  "Ask for guidance when you register, or call to book.":
    "اطلب التوجيه عند تسجيلك، أو اتصل لحجز موعد.",
  "La Brújula Youth Compass":
    "بوصلة الشباب لا بروخولا",
  "Ask anything: first job, studies, a legal problem, drugs, sexuality or leaving home. We connect you with a local expert within two days, in person or by chat.":
    "اسأل عن أي شيء: أول عمل، الدراسة، مشكلة قانونية، المخدرات، الجنسانية أو مغادرة بيت الأسرة. نوصلك بخبير محلي خلال يومين، حضوريًا أو عبر الدردشة.",
  "Young people aged 14 to 30.":
    "الشباب من 14 إلى 30 سنة.",
  "Drop in, call, send an SMS or ask to be contacted. It is confidential.":
    "مرّ علينا، أو اتصل، أو أرسل رسالة SMS، أو اطلب أن نتصل بك. كل شيء سري.",
  "Free Vocational Courses":
    "دورات تكوين مهني مجانية",
  "Courses of three to six months in care work, cooking, warehouse, cleaning, electrics and customer service, with a paid work placement.":
    "دورات من ثلاثة إلى ستة أشهر في الرعاية، والطبخ، والمخازن، والتنظيف، والكهرباء، وخدمة الزبائن، مع تدريب عملي مدفوع الأجر.",
  "Adults registered as job seekers. Some courses ask for a secondary school diploma.":
    "البالغون المسجلون كباحثين عن عمل. بعض الدورات تطلب شهادة التعليم الثانوي.",
  "Come to an information session on the first Monday of each month at 10:00, or call.":
    "تعال إلى جلسة إعلامية في أول يوم اثنين من كل شهر الساعة 10:00، أو اتصل.",
  "Your job-seeker card.":
    "بطاقة الباحث عن عمل الخاصة بك.",
  "Reading, Writing and Spanish Classes":
    "دروس القراءة والكتابة والإسبانية",
  "Learn to read and write, or learn Spanish from the start, in small groups in the morning or evening. Also the secondary school diploma for adults.":
    "تعلّم القراءة والكتابة، أو تعلّم الإسبانية من البداية، في مجموعات صغيرة صباحًا أو مساءً. وأيضًا شهادة التعليم الثانوي للكبار.",
  "Anyone over 16, whatever their papers.":
    "كل من تجاوز 16 سنة، مهما كانت أوراقه.",
  "Enrol at the school office. New groups start in September, January and April.":
    "سجّل في إدارة المدرسة. تبدأ مجموعات جديدة في سبتمبر ويناير وأبريل.",
  "Job Club at the Central Library":
    "نادي التشغيل في المكتبة المركزية",
  "Weekly job club: look for offers online together, send applications, use the printer for free and practise interviews.":
    "نادي تشغيل أسبوعي: ابحثوا معًا عن العروض عبر الإنترنت، وأرسلوا الطلبات، واستعملوا الطابعة مجانًا، وتدرّبوا على المقابلات.",
  "Anyone looking for work.":
    "كل من يبحث عن عمل.",
  "Just come on Wednesday afternoon. A library card helps but is not needed.":
    "تعال يوم الأربعاء بعد الظهر فقط. بطاقة المكتبة تساعد لكنها ليست ضرورية.",
  "Family doctor, nurse, paediatrician, midwife and vaccinations. The social worker helps people without a health card get one.":
    "طبيب الأسرة، الممرض، طبيب الأطفال، القابلة واللقاحات. تساعد الأخصائية الاجتماعية من ليست لديه بطاقة صحية على الحصول عليها.",
  "Everyone living in the El Puerto area. Urgent care for anyone.":
    "كل من يعيش في منطقة إل بويرتو. الرعاية العاجلة للجميع.",
  "Book by phone or at the desk. For urgent problems in the afternoon, come to the urgent care door.":
    "احجز بالهاتف أو عند الشباك. للمشاكل العاجلة بعد الظهر، تعال إلى باب الطوارئ.",
  "Health card, if you have one.":
    "البطاقة الصحية، إن كانت لديك.",
  "Help Getting a Health Card":
    "المساعدة في الحصول على البطاقة الصحية",
  "The health centre's social worker processes the health card for people who have none, including people without residence papers.":
    "تتولى الأخصائية الاجتماعية في المركز الصحي طلب البطاقة الصحية لمن ليست لديهم، ومنهم الأشخاص الذين ليس لديهم تصريح إقامة.",
  "Anyone living in Valdemar without a health card.":
    "كل من يعيش في فالديمار من دون بطاقة صحية.",
  "Book an appointment with the social worker at the desk or by phone.":
    "احجز موعدًا مع الأخصائية الاجتماعية عند الشباك أو بالهاتف.",
  "Faro Addiction Support":
    "فارو لدعم المدمنين",
  "Confidential support for problems with alcohol, drugs, gambling or screens: first interview, psychologist, support groups and help for families.":
    "دعم سري لمشاكل الكحول أو المخدرات أو القمار أو الشاشات: مقابلة أولى، أخصائي نفسي، مجموعات دعم، ومساعدة للأسر.",
  "Anyone over 14, and their families. No referral needed.":
    "كل من تجاوز 14 سنة، وأسرهم. لا حاجة إلى إحالة.",
  "Call or come in. The first interview is within a week.":
    "اتصل أو تعال. تكون المقابلة الأولى خلال أسبوع.",
  "Mente Abierta Listening Line":
    "خط الإصغاء مينتي أبييرتا",
  "Trained volunteers who have lived with mental health problems listen to you, without judging. Not an emergency service: in danger, call 112.":
    "متطوعون مدرَّبون عاشوا هم أنفسهم مشاكل في الصحة النفسية يستمعون إليك من دون أحكام. ليس خدمة طوارئ: في حالة الخطر، اتصل بالرقم 112.",
  "Anyone who needs to talk.":
    "كل من يحتاج إلى الكلام.",
  "Call in the evening, every day.":
    "اتصل مساءً، كل يوم.",
  "Telephone service; text relay and SMS available.":
    "خدمة هاتفية؛ تتوفر خدمة الترحيل النصي والرسائل القصيرة.",
  "Peer Support Groups":
    "مجموعات الدعم المتبادل",
  "Weekly groups for people living with anxiety, depression or psychosis, and a separate group for families.":
    "مجموعات أسبوعية للأشخاص الذين يعيشون مع القلق أو الاكتئاب أو الذهان، ومجموعة منفصلة للأسر.",
  "Adults, with or without a diagnosis.":
    "البالغون، مع تشخيص أو من دونه.",
  "Call first for a short welcome chat.":
    "اتصل أولًا لمحادثة ترحيبية قصيرة.",
  "Free Legal Guidance":
    "التوجيه القانوني المجاني",
  "A lawyer explains your legal problem (family, housing, work, debts, immigration) and helps you apply for a free lawyer if you qualify.":
    "يشرح لك محامٍ مشكلتك القانونية (الأسرة، السكن، العمل، الديون، الهجرة) ويساعدك في طلب محامٍ مجاني إذا كان يحق لك.",
  "Anyone. The free lawyer depends on your income.":
    "أي شخص. المحامي المجاني يعتمد على دخلك.",
  "Come on weekday mornings; first come, first served. Arrive before 12:00.":
    "تعال صباحًا في أيام الأسبوع؛ الأولوية لمن يصل أولًا. احضر قبل الساعة 12:00.",
  "Immigration Legal Advice":
    "الاستشارة القانونية في شؤون الهجرة",
  "Lawyers specialised in residence and work permits, family reunification, nationality, regularisation and appeals.":
    "محامون متخصصون في تصاريح الإقامة والعمل، ولمّ الشمل العائلي، والجنسية، وتسوية الوضع، والطعون.",
  "Migrants living in Valdemar, whatever their situation.":
    "المهاجرون الذين يعيشون في فالديمار، مهما كان وضعهم.",
  "Book an appointment by phone or ask to be contacted. Bring every paper you have.":
    "احجز موعدًا بالهاتف أو اطلب أن نتصل بك. أحضر كل الأوراق التي لديك.",
  "Workers' Rights Advice":
    "استشارات حقوق العمال",
  "Unpaid wages, dismissal, contract without papers, harassment at work: a labour lawyer tells you what you can do and by when.":
    "أجور غير مدفوعة، فصل من العمل، عمل بلا عقد، تحرش في العمل: محامٍ مختص في قانون العمل يخبرك بما يمكنك فعله وقبل أي موعد.",
  "Any worker, with or without a contract.":
    "أي عامل، بعقد أو من دونه.",
  "Call to book. After a dismissal you have only 20 working days to act: call quickly.":
    "اتصل لحجز موعد. بعد الفصل من العمل، لديك 20 يوم عمل فقط للتحرك: اتصل بسرعة.",
  "Payslips, contract and the dismissal letter, if any.":
    "كشوف الرواتب، والعقد، ورسالة الفصل إن وُجدت.",
  "Consumer Complaints":
    "شكاوى المستهلكين",
  "Help to complain to a company, bank, phone or energy supplier, and free mediation and arbitration.":
    "مساعدة في تقديم شكوى ضد شركة أو بنك أو شركة اتصالات أو مزوّد طاقة، ووساطة وتحكيم مجانيان.",
  "Come in with your papers, or send them by e-mail.":
    "تعال بأوراقك، أو أرسلها بالبريد الإلكتروني.",
  "The contract, invoice or receipt, and any messages with the company.":
    "العقد أو الفاتورة أو الإيصال، وأي رسائل مع الشركة.",
  "Sexual and Reproductive Health Clinic":
    "عيادة الصحة الجنسية والإنجابية",
  "Contraception, pregnancy tests, testing for sexually transmitted infections, and advice, in confidence.":
    "وسائل منع الحمل، اختبارات الحمل، فحوص الأمراض المنقولة جنسيًا، واستشارات، بسرية تامة.",
  "Anyone over 14. Young people can come on their own.":
    "كل من تجاوز 14 سنة. يمكن للشباب أن يأتوا وحدهم.",
  "Walk in on Tuesday afternoon, or book by phone.":
    "تعال من دون موعد يوم الثلاثاء بعد الظهر، أو احجز بالهاتف.",
  "Family Support Service":
    "خدمة دعم الأسرة",
  "A family educator visits you at home or meets you at the centre to help with routines, school, conflicts and stress at home.":
    "يزورك مربٍّ أسري في البيت أو يستقبلك في المركز ليساعدك في الروتين اليومي، والمدرسة، والخلافات، والضغط في البيت.",
  "Families with children under 18 living in Valdemar.":
    "الأسر التي لديها أطفال دون 18 سنة وتعيش في فالديمار.",
  "Call or ask your social worker to refer you.":
    "اتصل أو اطلب من أخصائيك الاجتماعي أن يحيلك.",
  "Family Mediation":
    "الوساطة الأسرية",
  "A neutral mediator helps separated parents agree on children, visits and money, without going to court.":
    "وسيط محايد يساعد الوالدين المنفصلين على الاتفاق بشأن الأطفال والزيارات والمال، من دون الذهاب إلى المحكمة.",
  "Couples separating, and families in conflict (parents, grandparents, adult children).":
    "الأزواج الذين ينفصلون، والأسر التي فيها خلاف (الآباء، الأجداد، الأبناء البالغون).",
  "Either person can call to book the first meeting. Sessions last one hour.":
    "يمكن لأي من الطرفين الاتصال لحجز اللقاء الأول. تستمر الجلسة ساعة واحدة.",
  "Baby and Toddler Group":
    "مجموعة الرضع والأطفال الصغار",
  "Parents and babies up to three years meet, play and share questions about sleep, feeding and development with a nurse and an educator.":
    "يلتقي الآباء والأمهات مع أطفالهم حتى سن ثلاث سنوات، ويلعبون ويطرحون أسئلتهم عن النوم والتغذية والنمو مع ممرضة ومربية.",
  "Parents or carers with a child under three.":
    "الآباء أو مقدمو الرعاية لطفل دون ثلاث سنوات.",
  "Just come on Friday morning.":
    "تعال يوم الجمعة صباحًا فقط.",
  "Los Pinos After-School Centre":
    "مركز لوس بينوس لما بعد المدرسة",
  "After school: a snack, homework help, games and trips, while parents work. Summer camp in July.":
    "بعد المدرسة: وجبة خفيفة، مساعدة في الواجبات، ألعاب ورحلات، بينما يعمل الوالدان. مخيم صيفي في يوليو.",
  "Children aged 6 to 16, with priority for families referred by social services.":
    "الأطفال من 6 إلى 16 سنة، مع الأولوية للأسر المحالة من الخدمات الاجتماعية.",
  "Ask for a place at the centre or through your social worker.":
    "اطلب مكانًا في المركز أو عن طريق أخصائيك الاجتماعي.",
  "Homework Help":
    "المساعدة في الواجبات المدرسية",
  "Volunteer tutors help primary and secondary pupils with homework, reading and maths, in a quiet room with computers.":
    "مدرّسون متطوعون يساعدون تلاميذ الابتدائي والثانوي في الواجبات والقراءة والرياضيات، في قاعة هادئة فيها حواسيب.",
  "Children and teenagers of the harbour district.":
    "الأطفال والمراهقون في حي الميناء.",
  "Parents come to enrol their child on a Monday.":
    "يأتي الوالدان لتسجيل طفلهما يوم الاثنين.",
  "Arcoíris Support and Advice":
    "أركوإيريس للدعم والاستشارة",
  "A safe space for LGBTI people: peer support, psychological and legal advice, and a group for families of trans young people.":
    "مساحة آمنة لأفراد مجتمع الميم: دعم من الأقران، استشارات نفسية وقانونية، ومجموعة لأسر الشباب العابرين جنسيًا.",
  "LGBTI people of any age, and their families.":
    "أفراد مجتمع الميم من كل الأعمار، وأسرهم.",
  "Drop in on Thursday evening, or ask to be contacted. Confidential.":
    "مرّ علينا يوم الخميس مساءً، أو اطلب أن نتصل بك. بسرية.",
  "Activities, gym, trips, a low-cost lunch, chiropody and hairdresser. A place to meet people and not be alone.":
    "أنشطة، قاعة رياضة، رحلات، غداء بسعر منخفض، العناية بالقدمين وحلاق. مكان للتعرف على الناس وعدم البقاء وحيدًا.",
  "People over 60 living in Valdemar, and their partners.":
    "الأشخاص فوق 60 سنة الذين يعيشون في فالديمار، وشركاؤهم.",
  "Come to the reception with your ID to get a free member card.":
    "تعال إلى الاستقبال ومعك وثيقة هويتك لتحصل على بطاقة عضوية مجانية.",
  "Membership is free. Lunch costs 4.50 euros; activities 0 to 10 euros a month.":
    "العضوية مجانية. الغداء بـ4.50 يورو؛ والأنشطة من 0 إلى 10 يورو في الشهر.",
  "Home Help":
    "المساعدة المنزلية",
  "A care worker comes to your home to help with washing, meals, cleaning and shopping, from one hour a week to every day.":
    "تأتي عاملة رعاية إلى بيتك لتساعدك في الاستحمام والوجبات والتنظيف والتسوق، من ساعة في الأسبوع إلى كل يوم.",
  "Older people and people with a disability who need help at home.":
    "كبار السن والأشخاص ذوو الإعاقة الذين يحتاجون إلى مساعدة في البيت.",
  "Ask at your district social services centre; a social worker visits you to assess your needs.":
    "اسأل في مركز الخدمات الاجتماعية في حيّك؛ يزورك أخصائي اجتماعي لتقييم احتياجاتك.",
  "Health reports, if you have them.":
    "التقارير الطبية، إن كانت لديك.",
  "Free or with a contribution of up to 20% of the cost, depending on income.":
    "مجانية أو بمساهمة تصل إلى 20% من التكلفة، حسب الدخل.",
  "Telecare Alarm":
    "جهاز الإنذار للرعاية عن بعد",
  "A button you wear on your wrist or neck. Press it at any time and a person answers, calls your family or sends help.":
    "زر تضعه على معصمك أو حول عنقك. اضغط عليه في أي وقت فيرد عليك شخص، أو يتصل بأسرتك، أو يرسل المساعدة.",
  "People over 65, or with a disability, who live alone or spend many hours alone.":
    "الأشخاص فوق 65 سنة، أو ذوو الإعاقة، الذين يعيشون وحدهم أو يقضون ساعات طويلة وحدهم.",
  "Ask at your district social services centre or call the telecare line.":
    "اسأل في مركز الخدمات الاجتماعية في حيّك أو اتصل بخط الرعاية عن بعد.",
  "Phone Friends":
    "أصدقاء الهاتف",
  "A volunteer calls you once or twice a week for a chat, and can visit you or go for a walk with you.":
    "يتصل بك متطوع مرة أو مرتين في الأسبوع للدردشة، ويمكنه أن يزورك أو يخرج معك في نزهة.",
  "Older people who feel alone.":
    "كبار السن الذين يشعرون بالوحدة.",
  "Call us, or a neighbour or relative can call for you.":
    "اتصل بنا، أو يمكن لجار أو قريب أن يتصل نيابة عنك.",
  "Support for Family Carers":
    "دعم مقدمي الرعاية من الأسرة",
  "For people who look after a relative: a monthly group, short courses (moving a person safely, memory loss) and respite stays.":
    "لمن يعتني بقريب له: مجموعة شهرية، دورات قصيرة (نقل شخص بأمان، فقدان الذاكرة) وإقامات استراحة.",
  "Anyone caring for an older or dependent relative.":
    "كل من يعتني بقريب مسن أو معتمد على غيره.",
  "Call to join; respite stays are requested through social services.":
    "اتصل للانضمام؛ وتُطلب إقامات الاستراحة عن طريق الخدمات الاجتماعية.",
  "Dependency Assessment and Care Allowance":
    "تقييم الاعتماد على الغير ومنحة الرعاية",
  "The official assessment of how much help a person needs every day, which opens the door to home help, day centres and a carer's allowance.":
    "التقييم الرسمي لمقدار المساعدة التي يحتاجها الشخص كل يوم، وهو يفتح الباب للمساعدة المنزلية والمراكز النهارية ومنحة لمقدم الرعاية.",
  "People of any age who need help from others for daily activities.":
    "الأشخاص من أي عمر الذين يحتاجون إلى مساعدة الآخرين في أنشطتهم اليومية.",
  "Apply at your district social services centre. An assessor visits your home.":
    "قدّم الطلب في مركز الخدمات الاجتماعية في حيّك. يزور مقيّم بيتك.",
  "Recent health report from your doctor.":
    "تقرير طبي حديث من طبيبك.",
  "Easy-Read Advice Point":
    "نقطة الاستشارة بلغة سهلة",
  "We explain letters, forms and contracts in easy words, and go with you to appointments if you want. Also for families.":
    "نشرح الرسائل والاستمارات والعقود بكلمات سهلة، ونرافقك إلى المواعيد إن أردت. وأيضًا للأسر.",
  "People with intellectual disabilities or learning difficulties, and anyone who finds papers hard to read.":
    "الأشخاص ذوو الإعاقة الذهنية أو صعوبات التعلم، وكل من يجد صعوبة في قراءة الأوراق.",
  "Come in or call. You can bring someone you trust.":
    "تعال أو اتصل. يمكنك أن تحضر معك شخصًا تثق به.",
  "Supported Employment":
    "التشغيل المدعوم",
  "A job coach helps you find a job in an ordinary company and supports you at work for as long as you need.":
    "مدرب عمل يساعدك على إيجاد عمل في شركة عادية ويدعمك في العمل طالما احتجت إلى ذلك.",
  "People with a recognised disability of 33% or more who want to work.":
    "الأشخاص ذوو إعاقة معترف بها بنسبة 33% أو أكثر ويريدون العمل.",
  "Call for a first interview.":
    "اتصل لمقابلة أولى.",
  "Disability certificate.":
    "شهادة الإعاقة.",
  "Sign Language Interpreting":
    "الترجمة بلغة الإشارة",
  "A sign language interpreter goes with you to the doctor, the bank, the court or any appointment. Also video interpreting.":
    "يرافقك مترجم لغة الإشارة إلى الطبيب أو البنك أو المحكمة أو أي موعد. وأيضًا ترجمة عبر الفيديو.",
  "Deaf people and people with hearing loss, and the services they deal with.":
    "الأشخاص الصم وضعاف السمع، والخدمات التي يتعاملون معها.",
  "Ask at least three days ahead by SMS, video call or e-mail. Urgent requests by SMS.":
    "اطلب ذلك قبل ثلاثة أيام على الأقل عبر SMS أو مكالمة فيديو أو البريد الإلكتروني. الطلبات العاجلة عبر SMS.",
  "Disability Certificate Help":
    "المساعدة في شهادة الإعاقة",
  "We explain the disability certificate, what it gives you (discounts, benefits, tax, transport, jobs) and help you apply or appeal.":
    "نشرح لك شهادة الإعاقة وما تمنحك إياه (تخفيضات، مساعدات، ضرائب، نقل، عمل) ونساعدك على طلبها أو الطعن.",
  "People with a disability or long-term illness, and their families.":
    "الأشخاص ذوو الإعاقة أو المرض طويل الأمد، وأسرهم.",
  "Book by phone; bring your health reports.":
    "احجز بالهاتف؛ وأحضر تقاريرك الطبية.",
  "Health reports.":
    "التقارير الطبية.",
  "Newcomers' Welcome Desk":
    "مكتب استقبال القادمين الجدد",
  "First information in your language: registering at the town hall, health card, school for your children, Spanish classes and where to find work.":
    "أول المعلومات بلغتك: التسجيل في البلدية، البطاقة الصحية، المدرسة لأطفالك، دروس الإسبانية وأين تجد عملًا.",
  "People who have recently arrived in Valdemar, whatever their papers.":
    "الأشخاص الذين وصلوا حديثًا إلى فالديمار، مهما كانت أوراقهم.",
  "Drop in. If you need an interpreter, tell us the language when you call.":
    "مرّ علينا. إذا احتجت إلى مترجم، أخبرنا باللغة عندما تتصل.",
  "Reception for Asylum Seekers":
    "استقبال طالبي اللجوء",
  "Accommodation, a weekly allowance, Spanish classes, psychologist and a lawyer for people who have applied for international protection.":
    "سكن، ومنحة أسبوعية، ودروس في الإسبانية، وأخصائي نفسي، ومحامٍ للأشخاص الذين طلبوا الحماية الدولية.",
  "People who have applied, or want to apply, for asylum or international protection in Spain.":
    "الأشخاص الذين طلبوا، أو يريدون طلب، اللجوء أو الحماية الدولية في إسبانيا.",
  "Call or come in. We help you ask for your asylum appointment if you do not have one yet.":
    "اتصل أو تعال. نساعدك في طلب موعد اللجوء إذا لم يكن لديك موعد بعد.",
  "Your asylum application paper or appointment, if you have it.":
    "ورقة طلب اللجوء أو الموعد، إن كانت لديك.",
  "Help Desk for People from Ukraine":
    "مكتب المساعدة للقادمين من أوكرانيا",
  "Temporary protection papers, school, work permits and housing for people displaced from Ukraine, with Ukrainian-speaking staff.":
    "وثائق الحماية المؤقتة، والمدرسة، وتصاريح العمل، والسكن للنازحين من أوكرانيا، مع موظفين يتكلمون الأوكرانية.",
  "People displaced from Ukraine and their families.":
    "النازحون من أوكرانيا وأسرهم.",
  "Come on Monday or Wednesday, or send an SMS to book.":
    "تعال يوم الاثنين أو الأربعاء، أو أرسل SMS لحجز موعد.",
  "Registration at the Town Hall (Padrón)":
    "التسجيل في البلدية (Padrón)",
  "Register your address in Valdemar. It is the key to health care, school, social services and many grants. You can register even without a rental contract.":
    "سجّل عنوانك في فالديمار. إنه المفتاح للرعاية الصحية والمدرسة والخدمات الاجتماعية ومساعدات كثيرة. يمكنك التسجيل حتى من دون عقد إيجار.",
  "Everyone who lives in Valdemar, with or without papers, including people without a fixed home.":
    "كل من يعيش في فالديمار، بأوراق أو من دونها، ومنهم من ليس لديه مسكن ثابت.",
  "Book an appointment or come in. Without a home, social services can register you at their address.":
    "احجز موعدًا أو تعال. إذا لم يكن لديك مسكن، يمكن للخدمات الاجتماعية أن تسجلك على عنوانها.",
  "Rental contract, or a signed authorisation from the owner or the main tenant.":
    "عقد الإيجار، أو تفويض موقّع من المالك أو من المستأجر الرئيسي.",
  "Volunteer Interpreters":
    "المترجمون المتطوعون",
  "A volunteer who speaks your language goes with you to the doctor, the school or an office, or joins by phone.":
    "متطوع يتكلم لغتك يرافقك إلى الطبيب أو المدرسة أو أي إدارة، أو يشارك عبر الهاتف.",
  "Anyone who does not yet speak Spanish well.":
    "كل من لا يتكلم الإسبانية جيدًا بعد.",
  "Ask at least two days ahead by phone or SMS. Languages: Arabic, Darija, French, English, Ukrainian, Russian, Romanian, Wolof, Portuguese.":
    "اطلب ذلك قبل يومين على الأقل بالهاتف أو عبر SMS. اللغات: العربية، الدارجة، الفرنسية، الإنجليزية، الأوكرانية، الروسية، الرومانية، الولوف، البرتغالية.",
  "24-Hour Line Against Gender Violence":
    "خط 24 ساعة ضد العنف القائم على النوع الاجتماعي",
  "Free, confidential line, day and night. Professionals listen, advise and, if you want, arrange a safe place to stay. The call does not appear on your phone bill.":
    "خط مجاني وسري، ليلًا ونهارًا. تستمع إليك مختصات وينصحنك، ويجدن لك مكانًا آمنًا للإقامة إن أردت. لا تظهر المكالمة في فاتورة هاتفك.",
  "Women facing violence, and anyone worried about a woman they know.":
    "النساء اللواتي يتعرضن للعنف، وكل من يقلق على امرأة يعرفها.",
  "Call or send an SMS at any time. In immediate danger, call 112.":
    "اتصلي أو أرسلي SMS في أي وقت. في حالة الخطر المباشر، اتصلي بالرقم 112.",
  "Women's Centre: Legal and Psychological Support":
    "مركز المرأة: الدعم القانوني والنفسي",
  "A lawyer and a psychologist for women facing violence, separation or discrimination. We go with you to the police and to court.":
    "محامية وأخصائية نفسية للنساء اللواتي يواجهن العنف أو الانفصال أو التمييز. نرافقك إلى الشرطة والمحكمة.",
  "Women living in Valdemar, with or without a police report.":
    "النساء اللواتي يعشن في فالديمار، مع شكوى لدى الشرطة أو من دونها.",
  "Call or come in. You do not need to give your name the first time.":
    "اتصلي أو تعالي. لا تحتاجين إلى ذكر اسمك في المرة الأولى.",
  "Emergency Social Service":
    "الخدمة الاجتماعية للطوارئ",
  "Social workers on duty when social services are closed: for a person sleeping rough in the cold, an older person left alone, or a family put out of their home.":
    "أخصائيون اجتماعيون مناوبون عندما تكون الخدمات الاجتماعية مغلقة: لشخص ينام في الشارع في البرد، أو مسن تُرك وحده، أو أسرة أُخرجت من بيتها.",
  "Anyone in Valdemar facing a social emergency.":
    "كل من يواجه حالة طوارئ اجتماعية في فالديمار.",
  "Call the number at night, at weekends and on public holidays.":
    "اتصل بهذا الرقم ليلًا وفي عطلة نهاية الأسبوع وفي أيام العطل الرسمية.",
  "Children and Teenagers' Help Line":
    "خط مساعدة الأطفال والمراهقين",
  "For children and teenagers who are hurt, scared or bullied, and for adults worried about a child. Chat by SMS if you cannot speak.":
    "للأطفال والمراهقين الذين تعرضوا للأذى أو الخوف أو التنمر، وللكبار القلقين على طفل. تحدّث عبر SMS إذا لم تستطع الكلام.",
  "Anyone under 18, and adults worried about a child.":
    "كل من هو دون 18 سنة، والكبار القلقون على طفل.",
  "Call or send an SMS, any day from 9 in the morning to midnight.":
    "اتصل أو أرسل SMS، كل يوم من الساعة 9 صباحًا حتى منتصف الليل.",
  "Hate Incident Support":
    "الدعم في حوادث الكراهية",
  "If you were insulted, attacked or refused service because of your origin, religion, sexuality or disability, we help you report it and support you afterwards.":
    "إذا تعرضت للإهانة أو الاعتداء أو رُفضت خدمتك بسبب أصلك أو دينك أو ميولك أو إعاقتك، نساعدك على الإبلاغ وندعمك بعد ذلك.",
  "Anyone who has faced a hate incident, and witnesses.":
    "كل من تعرض لحادثة كراهية، والشهود.",
  "Call, send an SMS or ask to be contacted.":
    "اتصل، أو أرسل SMS، أو اطلب أن نتصل بك.",
  "Free Computers and Wi-Fi at the Libraries":
    "حواسيب وواي فاي مجانية في المكتبات",
  "Computers with internet, a printer and scanner, and free Wi-Fi in all five public libraries. Staff help you with the basics.":
    "حواسيب متصلة بالإنترنت، وطابعة وماسح ضوئي، وواي فاي مجاني في المكتبات العامة الخمس. يساعدك الموظفون في الأساسيات.",
  "Everyone. A library card is free with any ID.":
    "الجميع. بطاقة المكتبة مجانية بأي وثيقة هوية.",
  "Come in and ask at the desk. One hour per session, more if free.":
    "ادخل واسأل عند الشباك. ساعة واحدة لكل جلسة، وأكثر إذا كان هناك مكان.",
  "First Steps with a Smartphone":
    "الخطوات الأولى مع الهاتف الذكي",
  "A four-week course in small groups: calls and messages, WhatsApp, photos, staying safe from scams and making an online appointment.":
    "دورة من أربعة أسابيع في مجموعات صغيرة: المكالمات والرسائل، واتساب، الصور، الحماية من الاحتيال، وحجز موعد عبر الإنترنت.",
  "Beginners of any age, starting with older people and newcomers. Bring your phone or borrow one of ours.":
    "المبتدئون من كل الأعمار، بدءًا بكبار السن والقادمين الجدد. أحضر هاتفك أو استعر واحدًا من عندنا.",
  "Call to join the next group. Courses start every month.":
    "اتصل للانضمام إلى المجموعة القادمة. تبدأ الدورات كل شهر.",
  "Donated Phones and Laptops":
    "هواتف وحواسيب محمولة متبرع بها",
  "Refurbished phones and laptops, given free with a SIM card with 6 months of data, to people who have none.":
    "هواتف وحواسيب محمولة مجددة، تُعطى مجانًا مع شريحة SIM فيها بيانات لمدة 6 أشهر، لمن ليس لديه جهاز.",
  "People referred by a social worker, a school or an association.":
    "الأشخاص المحالون من أخصائي اجتماعي أو مدرسة أو جمعية.",
  "Ask your social worker or association to fill in the referral form.":
    "اطلب من أخصائيك الاجتماعي أو جمعيتك ملء استمارة الإحالة.",
  "Referral form.":
    "استمارة الإحالة.",
  "Help with Online Procedures":
    "المساعدة في الإجراءات عبر الإنترنت",
  "Staff help you get a digital certificate or Cl@ve, book appointments and send applications to any public office online.":
    "يساعدك الموظفون في الحصول على شهادة رقمية أو Cl@ve، وحجز المواعيد، وإرسال الطلبات عبر الإنترنت إلى أي إدارة عمومية.",
  "Book an appointment by phone or come in early.":
    "احجز موعدًا بالهاتف أو تعال مبكرًا.",
  "Your mobile phone, if you have one.":
    "هاتفك المحمول، إن كان لديك.",
  "Online Scam Help":
    "المساعدة ضد الاحتيال عبر الإنترنت",
  "Got a strange message or lost money online? We help you block, report and protect your accounts, step by step.":
    "وصلتك رسالة غريبة أو خسرت مالًا عبر الإنترنت؟ نساعدك على الحظر والإبلاغ وحماية حساباتك، خطوة بخطوة.",
  "Anyone.":
    "أي شخص.",
  "Call or come on Thursday morning. Bring the phone or card involved.":
    "اتصل أو تعال يوم الخميس صباحًا. أحضر الهاتف أو البطاقة المعنية.",
  "Youth Digital Lab":
    "المختبر الرقمي للشباب",
  "Free workshops for young people: video editing, coding, online job applications and staying safe on social media.":
    "ورشات مجانية للشباب: تحرير الفيديو، البرمجة، طلبات العمل عبر الإنترنت، والأمان على وسائل التواصل الاجتماعي.",
  "Sign up at La Brújula or by SMS.":
    "سجّل في لا بروخولا أو عبر SMS.",
  "Registering at the town hall is your right":
    "التسجيل في البلدية حق لك",
  "Everyone who lives in Valdemar can register their address at the town hall, with or without residence papers, and even without a rental contract. Registration opens the door to health care, school and social services.":
    "كل من يعيش في فالديمار يمكنه تسجيل عنوانه في البلدية، بتصريح إقامة أو من دونه، وحتى من دون عقد إيجار. التسجيل يفتح الباب للرعاية الصحية والمدرسة والخدمات الاجتماعية.",
  "Everyone living in Valdemar.":
    "كل من يعيش في فالديمار.",
  "Go to the Citizen Service Office. If you have no fixed home, social services can register you at their address.":
    "اذهب إلى مكتب خدمة المواطنين. إذا لم يكن لديك مسكن ثابت، يمكن للخدمات الاجتماعية أن تسجلك على عنوانها.",
  "Rental contract or authorisation from the person who lives there.":
    "عقد الإيجار أو تفويض من الشخص الذي يسكن هناك.",
  "Health care is for everyone":
    "الرعاية الصحية للجميع",
  "Everyone living in Valdemar has the right to public health care, including people without residence papers. Urgent care, pregnancy care and care for children are always free.":
    "لكل من يعيش في فالديمار الحق في الرعاية الصحية العمومية، ومنهم الأشخاص الذين ليس لديهم تصريح إقامة. الطوارئ ورعاية الحمل ورعاية الأطفال مجانية دائمًا.",
  "Ask the social worker at your health centre for a health card.":
    "اطلب البطاقة الصحية من الأخصائية الاجتماعية في مركزك الصحي.",
  "Minimum income":
    "الدخل الأدنى",
  "If your household has little or no income, you may receive a monthly payment to cover basic needs. It is compatible with a small job.":
    "إذا كان دخل أسرتك قليلًا أو منعدمًا، يمكنك الحصول على دفعة شهرية لتغطية الاحتياجات الأساسية. ويمكن الجمع بينها وبين عمل صغير.",
  "Adults with one year of legal residence whose household income is below the minimum.":
    "البالغون الذين لديهم سنة من الإقامة القانونية ودخل أسرتهم أقل من الحد الأدنى.",
  "Apply with help at the Benefits Office or your social services centre. The answer comes within six months; if it is yes, it is paid from the month after you applied.":
    "قدّم الطلب بمساعدة في مكتب المساعدات أو في مركز الخدمات الاجتماعية. يصل الرد خلال ستة أشهر؛ وإذا كان بالقبول، تُدفع ابتداءً من الشهر التالي للطلب.",
  "Help in an emergency":
    "المساعدة في حالة الطوارئ",
  "If you cannot pay for something essential (rent, electricity, food, glasses), the city can give you a one-off emergency grant.":
    "إذا لم تستطع دفع شيء ضروري (الإيجار، الكهرباء، الطعام، النظارات)، يمكن للبلدية أن تمنحك مساعدة عاجلة لمرة واحدة.",
  "People registered in Valdemar in a situation of need.":
    "الأشخاص المسجلون في فالديمار الذين هم في حاجة.",
  "Ask your social worker. Urgent cases are decided within a week.":
    "اطلبها من أخصائيك الاجتماعي. يُبتّ في الحالات العاجلة خلال أسبوع.",
  "The bill you need to pay.":
    "الفاتورة التي عليك دفعها.",
  "Help to pay the rent":
    "المساعدة في دفع الإيجار",
  "If the rent takes more than a third of your income, the city can pay part of it every month for up to a year.":
    "إذا كان الإيجار يأخذ أكثر من ثلث دخلك، يمكن للبلدية أن تدفع جزءًا منه كل شهر لمدة أقصاها سنة.",
  "Tenants registered in Valdemar for six months, with a contract in their name.":
    "المستأجرون المسجلون في فالديمار منذ ستة أشهر، ولديهم عقد باسمهم.",
  "Apply at the Housing Advice Office, any time of year.":
    "قدّم الطلب في مكتب استشارات السكن، في أي وقت من السنة.",
  "Nobody can put you out without a judge":
    "لا أحد يستطيع إخراجك من دون قاضٍ",
  "Your landlord cannot change the locks, cut the water or put you out of your home without a court order. If there are children or vulnerable people, the court must inform social services, and the eviction can be postponed.":
    "لا يستطيع المالك تغيير الأقفال أو قطع الماء أو إخراجك من بيتك من دون أمر من المحكمة. إذا كان هناك أطفال أو أشخاص في وضع هش، يجب على المحكمة إبلاغ الخدمات الاجتماعية، ويمكن تأجيل الإخلاء.",
  "All tenants and occupants.":
    "جميع المستأجرين والساكنين.",
  "As soon as you receive a court letter, ask for a free lawyer: you have only a few days to answer.":
    "بمجرد أن تصلك رسالة من المحكمة، اطلب محاميًا مجانيًا: لديك أيام قليلة فقط للرد.",
  "Discount on your electricity bill":
    "تخفيض على فاتورة الكهرباء",
  "Households with low income, large families and people receiving certain benefits pay less for electricity with the social discount. While you are protected, your electricity cannot be cut for debts.":
    "الأسر ذات الدخل المنخفض، والأسر الكبيرة، والأشخاص الذين يتلقون بعض المساعدات يدفعون أقل مقابل الكهرباء بفضل التخفيض الاجتماعي. وما دمت محميًا، لا يمكن قطع الكهرباء عنك بسبب الديون.",
  "Households with low income, large families, people with minimum income or a minimum pension.":
    "الأسر ذات الدخل المنخفض، والأسر الكبيرة، والأشخاص الذين لديهم الدخل الأدنى أو المعاش الأدنى.",
  "Ask the Energy Advice Point to apply with you; you must be on a regulated tariff.":
    "اطلب من نقطة استشارات الطاقة أن تقدّم الطلب معك؛ ويجب أن تكون على تعرفة منظَّمة.",
  "Your last electricity bill.":
    "آخر فاتورة كهرباء لديك.",
  "A free lawyer if you cannot pay one":
    "محامٍ مجاني إذا لم تستطع دفع أجرته",
  "If your income is low, the state pays your lawyer and court costs. Women facing violence and victims of trafficking have a free lawyer whatever their income.":
    "إذا كان دخلك منخفضًا، تدفع الدولة أجر محاميك وتكاليف المحكمة. النساء اللواتي يتعرضن للعنف وضحايا الاتجار بالبشر لهن محامٍ مجاني مهما كان دخلهن.",
  "People with income below the limit, and some victims whatever their income.":
    "الأشخاص الذين يقل دخلهم عن الحد، وبعض الضحايا مهما كان دخلهم.",
  "Apply at the Legal Guidance Service before the deadline of your case.":
    "قدّم الطلب في خدمة التوجيه القانوني قبل انتهاء المهلة في قضيتك.",
  "The right to understand and be understood":
    "الحق في أن تفهم وأن تُفهَم",
  "At the police and in court you have the right to a free interpreter. At the doctor, school and social services, ask for an interpreter or bring a volunteer: you should never have to rely on your children.":
    "في الشرطة والمحكمة لك الحق في مترجم مجاني. عند الطبيب وفي المدرسة والخدمات الاجتماعية، اطلب مترجمًا أو أحضر متطوعًا: لا يجب أبدًا أن تعتمد على أطفالك.",
  "Anyone who does not speak Spanish well, and deaf people (sign language).":
    "كل من لا يتكلم الإسبانية جيدًا، والأشخاص الصم (لغة الإشارة).",
  "Say which language you need when you book. For sign language, ask the Deaf Association three days ahead.":
    "قل ما اللغة التي تحتاجها عند حجز الموعد. للغة الإشارة، اطلب من جمعية الصم قبل ثلاثة أيام.",
  "Every child has the right to go to school":
    "لكل طفل الحق في الذهاب إلى المدرسة",
  "School is free and compulsory from 6 to 16, for every child living in Valdemar, whatever the papers of the family. Children can join at any time of the year.":
    "المدرسة مجانية وإلزامية من 6 إلى 16 سنة لكل طفل يعيش في فالديمار، مهما كانت أوراق أسرته. يمكن للأطفال الالتحاق في أي وقت من السنة.",
  "All children aged 3 to 18.":
    "جميع الأطفال من 3 إلى 18 سنة.",
  "Ask at the school nearest you, or at the education office of the town hall.":
    "اسأل في أقرب مدرسة إليك، أو في مكتب التعليم في البلدية.",
  "Vaccination record, if you have it.":
    "دفتر التلقيح، إن كان لديك.",
  "School lunch for your children":
    "الغداء المدرسي لأطفالك",
  "Families with low income can have school lunches paid in full or in part.":
    "يمكن للأسر ذات الدخل المنخفض أن تحصل على الغداء المدرسي مدفوعًا كليًا أو جزئيًا.",
  "Families below the income threshold; all children in foster care.":
    "الأسر التي يقل دخلها عن الحد؛ وجميع الأطفال في الكفالة الأسرية.",
  "Apply at school in September, or at any time if your situation changes.":
    "قدّم الطلب في المدرسة في سبتمبر، أو في أي وقت إذا تغيّر وضعك.",
  "Benefit when you lose your job":
    "إعانة عند فقدان العمل",
  "If you worked with a contract for at least a year and lost your job, you can receive unemployment benefit. If not, you may receive an allowance.":
    "إذا عملت بعقد سنة على الأقل وفقدت عملك، يمكنك الحصول على إعانة البطالة. وإذا لم يكن كذلك، فقد تحصل على منحة.",
  "Workers who lost their job not by their own choice.":
    "العمال الذين فقدوا عملهم من دون إرادتهم.",
  "Register at the Employment Office and apply within 15 working days.":
    "سجّل في مكتب التشغيل وقدّم الطلب خلال 15 يوم عمل.",
  "Employer's certificate.":
    "شهادة صاحب العمل.",
  "Your work must be paid, with or without a contract":
    "عملك يجب أن يُدفع أجره، بعقد أو من دونه",
  "Every hour worked must be paid at least the minimum wage, even without a contract and even without papers. You can claim unpaid wages for up to a year.":
    "كل ساعة عمل يجب أن تُدفع على الأقل بالحد الأدنى للأجور، حتى من دون عقد وحتى من دون أوراق. يمكنك المطالبة بالأجور غير المدفوعة لمدة سنة.",
  "Every worker.":
    "كل عامل.",
  "Write down your hours and keep messages. Ask for free advice before signing anything.":
    "اكتب ساعات عملك واحتفظ بالرسائل. اطلب استشارة مجانية قبل أن توقّع أي شيء.",
  "Any proof of the work: messages, photos, payments.":
    "أي دليل على العمل: رسائل، صور، مدفوعات.",
  "Care when you depend on others":
    "الرعاية عندما تعتمد على الآخرين",
  "If you need help every day to wash, eat or move around, you have the right to an assessment and to support: home help, day centre, telecare or money for your carer.":
    "إذا كنت تحتاج إلى مساعدة كل يوم للاغتسال أو الأكل أو التنقل، لك الحق في تقييم وفي دعم: مساعدة منزلية، مركز نهاري، رعاية عن بعد، أو مال لمن يعتني بك.",
  "People of any age with a recognised level of dependency.":
    "الأشخاص من أي عمر الذين لديهم درجة معترف بها من الاعتماد على الغير.",
  "Apply at your social services centre. A professional visits your home.":
    "قدّم الطلب في مركز الخدمات الاجتماعية. يزورك مختص في بيتك.",
  "Health report from your doctor.":
    "تقرير طبي من طبيبك.",
  "Help at the press of a button":
    "المساعدة بضغطة زر",
  "If you are over 65 or have a disability and spend time alone, you can have a telecare button at home: day and night, someone answers.":
    "إذا كان عمرك أكثر من 65 سنة أو لديك إعاقة وتقضي وقتًا وحدك، يمكنك الحصول على زر الرعاية عن بعد في البيت: ليلًا ونهارًا، هناك من يرد.",
  "People over 65 or with a disability who live alone.":
    "الأشخاص فوق 65 سنة أو ذوو الإعاقة الذين يعيشون وحدهم.",
  "Ask at your social services centre.":
    "اسأل في مركز الخدمات الاجتماعية.",
  "The disability certificate and what it gives you":
    "شهادة الإعاقة وما تمنحك إياه",
  "A recognised disability of 33% or more gives you tax benefits, transport discounts, reserved jobs and some benefits.":
    "الإعاقة المعترف بها بنسبة 33% أو أكثر تمنحك مزايا ضريبية، وتخفيضات في النقل، ووظائف محجوزة، وبعض المساعدات.",
  "People with a physical, sensory, intellectual or mental health condition.":
    "الأشخاص الذين لديهم حالة جسدية أو حسية أو ذهنية أو نفسية.",
  "Apply at the regional assessment centre; Puentes can help you fill in the forms.":
    "قدّم الطلب في مركز التقييم الجهوي؛ ويمكن لجمعية بوينتيس مساعدتك في ملء الاستمارات.",
  "Protection against gender violence":
    "الحماية من العنف القائم على النوع الاجتماعي",
  "Women facing violence have the right to information, a free lawyer, psychological support, a safe place and a protection order, with or without a police report and whatever their papers.":
    "للنساء اللواتي يتعرضن للعنف الحق في المعلومات، ومحامية مجانية، ودعم نفسي، ومكان آمن، وأمر حماية، مع شكوى أو من دونها ومهما كانت أوراقهن.",
  "Women facing violence, and their children.":
    "النساء اللواتي يتعرضن للعنف، وأطفالهن.",
  "Call the 24-hour line at any time. In immediate danger, call 112.":
    "اتصلي بخط 24 ساعة في أي وقت. في حالة الخطر المباشر، اتصلي بالرقم 112.",
  "Asking for international protection":
    "طلب الحماية الدولية",
  "If you fled your country because your life or freedom is in danger, you can ask for asylum in Spain. While your application is studied, you can stay and, after six months, work.":
    "إذا هربت من بلدك لأن حياتك أو حريتك في خطر، يمكنك طلب اللجوء في إسبانيا. وأثناء دراسة طلبك، يمكنك البقاء، وبعد ستة أشهر، العمل.",
  "People who fear persecution or serious harm in their country.":
    "الأشخاص الذين يخشون الاضطهاد أو الأذى الجسيم في بلدهم.",
  "Ask for an appointment as soon as possible; Mar Abierto helps you prepare.":
    "اطلب موعدًا في أقرب وقت ممكن؛ تساعدك مؤسسة مار أبييرتو على التحضير له.",
  "Any proof of what happened to you.":
    "أي دليل على ما حدث لك.",
  "Papers after living here for a time":
    "الأوراق بعد العيش هنا مدة من الزمن",
  "After two years living in Spain, you may get residence papers through training, a job offer, family or social ties. Registration at the town hall proves the time you have lived here.":
    "بعد سنتين من العيش في إسبانيا، يمكنك الحصول على تصريح إقامة عن طريق التكوين، أو عرض عمل، أو الأسرة، أو الروابط الاجتماعية. التسجيل في البلدية يثبت المدة التي عشتها هنا.",
  "Migrants without papers living in Spain for two years or more.":
    "المهاجرون بلا أوراق الذين يعيشون في إسبانيا منذ سنتين أو أكثر.",
  "Ask the Immigration Legal Advice which route fits you before you apply.":
    "اسأل في الاستشارة القانونية في شؤون الهجرة عن الطريق المناسب لك قبل أن تقدّم الطلب.",
  "Help with the internet for public procedures":
    "المساعدة في الإنترنت للإجراءات العمومية",
  "No one should lose a right because they cannot use the internet. Public offices must also attend you in person, and the town hall helps you with online procedures for free.":
    "لا يجب أن يفقد أحد حقًا لأنه لا يستطيع استعمال الإنترنت. يجب على الإدارات العمومية أن تستقبلك حضوريًا أيضًا، والبلدية تساعدك مجانًا في الإجراءات عبر الإنترنت.",
  "Everyone.":
    "الجميع.",
  "Ask for in-person attention, or book help at the Citizen Service Office or a library.":
    "اطلب الاستقبال الحضوري، أو احجز مساعدة في مكتب خدمة المواطنين أو في مكتبة.",
  "Nobody should go hungry":
    "لا يجب أن يجوع أحد",
  "If you cannot afford food, there is a hot meal every day at San Martín without questions, and food boxes from the Food Bank for your household.":
    "إذا لم تستطع شراء الطعام، هناك وجبة ساخنة كل يوم في سان مارتين من دون أسئلة، وسلال من بنك الطعام لأسرتك.",
  "Anyone in need.":
    "كل من هو في حاجة.",
  "Go to San Martín today; ask a social worker for a Food Bank referral.":
    "اذهب اليوم إلى سان مارتين؛ واطلب من أخصائي اجتماعي إحالة إلى بنك الطعام.",
  "Children have the right to be safe":
    "للأطفال الحق في الأمان",
  "Every child has the right to be protected from violence, neglect and bullying. Any adult who knows a child is in danger must tell someone who can help.":
    "لكل طفل الحق في الحماية من العنف والإهمال والتنمر. وكل شخص بالغ يعرف أن طفلًا في خطر يجب أن يخبر من يستطيع المساعدة.",
  "Every child and teenager.":
    "كل طفل وكل مراهق.",
  "Call the Children and Teenagers' Help Line. In danger, call 112.":
    "اتصل بخط مساعدة الأطفال والمراهقين. في حالة الخطر، اتصل بالرقم 112.",
};
