// French texts of the demo directory, keyed by the English text each one translates.
import type { Catalog } from './catalog';

export const fr: Catalog = {
  "Valdemar City Social Services":
    "Services sociaux municipaux de Valdemar",
  "The city council's social services: first point of contact for anyone who needs support, with social workers in every district.":
    "Les services sociaux de la mairie : le premier contact pour toute personne qui a besoin d’aide, avec des travailleurs sociaux dans chaque quartier.",
  "Valdemar Municipal Housing Agency":
    "Agence municipale du logement de Valdemar",
  "Manages the city's social rented homes, rent grants and the housing register.":
    "Gère les logements sociaux de la ville, les aides au loyer et le registre des demandeurs de logement.",
  "Valdemar Tenants' Association":
    "Association des locataires de Valdemar",
  "Volunteers and lawyers who help tenants with rent rises, repairs and evictions.":
    "Des bénévoles et des avocats qui aident les locataires face aux hausses de loyer, aux réparations et aux expulsions.",
  "El Refugio Municipal Shelter":
    "Foyer municipal El Refugio",
  "Night shelter and day centre for people sleeping rough.":
    "Foyer de nuit et centre de jour pour les personnes sans abri.",
  "Valdemar Food Bank Foundation":
    "Fondation Banque alimentaire de Valdemar",
  "Collects food from shops and producers and shares it out through local groups.":
    "Collecte la nourriture des commerces et des producteurs et la distribue par des associations de quartier.",
  "San Martín Community Kitchen":
    "Restaurant solidaire San Martín",
  "A community kitchen run by neighbours since 1987: hot meals, no questions asked.":
    "Un restaurant solidaire tenu par des voisins depuis 1987 : des repas chauds, sans questions.",
  "El Muelle Neighbourhood Association":
    "Association de quartier El Muelle",
  "Neighbours of the harbour district organising food, clothes and homework help.":
    "Les habitants du quartier du port organisent de l’aide alimentaire, des vêtements et de l’aide aux devoirs.",
  "Municipal Consumer Office":
    "Bureau municipal des consommateurs",
  "Free advice on bills, debts, banks and complaints against companies.":
    "Conseils gratuits sur les factures, les dettes, les banques et les réclamations contre les entreprises.",
  "Valdemar Energy Advice Point":
    "Point conseil énergie de Valdemar",
  "Helps households cut their energy bills and claim the discounts they are entitled to.":
    "Aide les ménages à réduire leurs factures d’énergie et à obtenir les réductions auxquelles ils ont droit.",
  "Valdemar Benefits Office":
    "Bureau des prestations de Valdemar",
  "Public office where you apply for income support, pensions and family benefits.":
    "Bureau public où l’on demande le revenu minimum, les pensions et les prestations familiales.",
  "Valdemar Employment Office":
    "Agence pour l’emploi de Valdemar",
  "Public employment service: job-seeker registration, unemployment benefit and job offers.":
    "Service public de l’emploi : inscription comme demandeur d’emploi, allocation chômage et offres d’emploi.",
  "La Brújula Youth Information Centre":
    "Centre d’information jeunesse La Brújula",
  "Connects young people aged 14 to 30 with local experts: jobs, training, legal advice, addictions and housing.":
    "Met les jeunes de 14 à 30 ans en contact avec des experts locaux : emploi, formation, conseil juridique, addictions et logement.",
  "Puerto Nuevo Vocational Training Centre":
    "Centre de formation professionnelle Puerto Nuevo",
  "Free vocational courses with work placements in local businesses.":
    "Formations professionnelles gratuites avec des stages dans des entreprises locales.",
  "Mareas Adult Education School":
    "École pour adultes Mareas",
  "Reading, writing, Spanish for newcomers and secondary school diplomas for adults.":
    "Lecture, écriture, espagnol pour les nouveaux arrivants et diplôme de fin de collège pour adultes.",
  "El Puerto Health Centre":
    "Centre de santé El Puerto",
  "Public health centre: family doctors, nurses, midwives and a social worker.":
    "Centre de santé public : médecins de famille, infirmiers, sages-femmes et une assistante sociale.",
  "Faro Addiction Support Association":
    "Association Faro d’aide aux personnes dépendantes",
  "Support for people with alcohol, drug or gambling problems, and for their families.":
    "Soutien aux personnes qui ont des problèmes d’alcool, de drogues ou de jeux d’argent, et à leurs familles.",
  "Mente Abierta Mental Health Association":
    "Association de santé mentale Mente Abierta",
  "Peer support groups and a listening line for people living with mental health problems.":
    "Groupes d’entraide et ligne d’écoute pour les personnes qui vivent avec des troubles psychiques.",
  "Legal Guidance Service of the Valdemar Bar":
    "Service d’orientation juridique du barreau de Valdemar",
  "Lawyers who explain your case and help you apply for a free lawyer.":
    "Des avocats qui vous expliquent votre situation et vous aident à demander un avocat gratuit.",
  "Las Dunas Family Support Centre":
    "Centre d’aide aux familles Las Dunas",
  "Support for parents and children: parenting, mediation and early childhood.":
    "Soutien aux parents et aux enfants : parentalité, médiation et petite enfance.",
  "Los Pinos Children's Day Centre":
    "Centre de jour pour enfants Los Pinos",
  "After-school care, meals and homework help for children aged 6 to 16.":
    "Accueil après l’école, goûter et aide aux devoirs pour les enfants de 6 à 16 ans.",
  "La Atalaya Older People's Centre":
    "Centre pour personnes âgées La Atalaya",
  "A meeting place for people over 60: activities, lunch, chiropody and company.":
    "Un lieu de rencontre pour les plus de 60 ans : activités, déjeuner, pédicure et compagnie.",
  "Cuidados del Norte Care Cooperative":
    "Coopérative d’aide à domicile Cuidados del Norte",
  "Home care workers' cooperative contracted by the city for home help.":
    "Coopérative d’aides à domicile engagée par la ville pour l’aide à domicile.",
  "Puentes Inclusion Association":
    "Association Puentes pour l’inclusion",
  "People with intellectual disabilities and their families, working for an inclusive city.":
    "Des personnes avec un handicap intellectuel et leurs familles, pour une ville inclusive.",
  "Valdemar Deaf Association":
    "Association des sourds de Valdemar",
  "Sign language interpreting, courses and advice, run by deaf people.":
    "Interprétation en langue des signes, cours et conseils, par des personnes sourdes.",
  "Acogida Valdemar":
    "Acogida Valdemar",
  "Association welcoming migrants: information, Spanish classes and help with paperwork.":
    "Association d’accueil des migrants : information, cours d’espagnol et aide pour les démarches.",
  "Mar Abierto Foundation":
    "Fondation Mar Abierto",
  "Reception programme for people seeking international protection.":
    "Programme d’accueil pour les personnes qui demandent une protection internationale.",
  "Valdemar Municipal Women's Centre":
    "Centre municipal des femmes de Valdemar",
  "Advice, psychological support and legal help for women, and a 24-hour line against violence.":
    "Conseils, soutien psychologique et aide juridique pour les femmes, et une ligne 24 h/24 contre les violences.",
  "Arcoíris Valdemar LGBTI Collective":
    "Collectif LGBTI Arcoíris Valdemar",
  "Support, advice and a safe space for LGBTI people and their families.":
    "Soutien, conseils et un espace sûr pour les personnes LGBTI et leurs familles.",
  "Valdemar Public Library Network":
    "Réseau des bibliothèques publiques de Valdemar",
  "Five public libraries with free computers, Wi-Fi and help from staff.":
    "Cinq bibliothèques publiques avec ordinateurs gratuits, Wi-Fi et aide du personnel.",
  "Conecta Valdemar":
    "Conecta Valdemar",
  "Volunteers teaching digital skills, furthest first: older people, newcomers, people without a device.":
    "Des bénévoles qui enseignent le numérique, d’abord à ceux qui en sont le plus loin : personnes âgées, nouveaux arrivants, personnes sans appareil.",
  "Valdemar Citizen Service Office":
    "Bureau d’accueil des citoyens de Valdemar",
  "The town hall's front desk: registration, certificates and help with online procedures.":
    "L’accueil de la mairie : inscription au registre municipal, certificats et aide pour les démarches en ligne.",
  "Red Solidaria Valdemar":
    "Red Solidaria Valdemar",
  "A network of parishes and mosques offering clothes, emergency help and company.":
    "Un réseau de paroisses et de mosquées qui offre des vêtements, une aide d’urgence et de la compagnie.",
  "Housing Advice Office":
    "Bureau d’information sur le logement",
  "Advice on renting, social housing, rent grants and what to do if you may lose your home. We help you fill in the housing register form.":
    "Conseils sur la location, le logement social, les aides au loyer et que faire si vous risquez de perdre votre logement. Nous vous aidons à remplir le formulaire du registre des demandeurs.",
  "Anyone who lives in Valdemar or works here.":
    "Toute personne qui vit ou travaille à Valdemar.",
  "Come in during opening hours or call to book a time. Appointments are about 30 minutes.":
    "Venez pendant les heures d’ouverture ou appelez pour prendre rendez-vous. Un rendez-vous dure environ 30 minutes.",
  "Identity document: DNI, NIE or passport (any of them, even expired).":
    "Pièce d’identité : DNI, NIE ou passeport (n’importe lequel, même périmé).",
  "Certificate of registration in Valdemar (empadronamiento), if you have it.":
    "Certificat d’inscription au registre municipal de Valdemar (empadronamiento), si vous l’avez.",
  "Proof of the household's income in the last three months (payslips, benefit letters).":
    "Justificatifs des revenus du foyer des trois derniers mois (fiches de paie, courriers de prestations).",
  "Free of charge.":
    "Gratuit.",
  "Step-free entrance, lift, accessible toilet and hearing loop at the desk.":
    "Entrée de plain-pied, ascenseur, toilettes accessibles et boucle magnétique au guichet.",
  "Rent Grant":
    "Aide municipale au loyer",
  "A monthly grant that pays part of your rent for up to 12 months, when the rent takes more than a third of the household's income.":
    "Une aide mensuelle qui paie une partie de votre loyer pendant 12 mois au plus, quand le loyer dépasse un tiers des revenus du foyer.",
  "Tenants registered in Valdemar for at least six months, with a rental contract in their name.":
    "Locataires inscrits à Valdemar depuis au moins six mois, avec un bail à leur nom.",
  "Apply at the Housing Advice Office or online. The call for applications is open all year; an answer comes within two months.":
    "Faites la demande au Bureau d’information sur le logement ou en ligne. Les demandes sont ouvertes toute l’année ; la réponse arrive en deux mois au plus.",
  "Rental contract and the last rent receipts.":
    "Bail de location et dernières quittances de loyer.",
  "Bank account details (IBAN) in your name.":
    "Coordonnées d’un compte bancaire (IBAN) à votre nom.",
  "Eviction Help Desk":
    "Permanence contre les expulsions",
  "If you have received an eviction letter or your landlord wants you out, we explain your rights, go with you to court and negotiate with the owner.":
    "Si vous avez reçu une lettre d’expulsion ou si votre propriétaire veut vous faire partir, nous vous expliquons vos droits, vous accompagnons au tribunal et négocions avec le propriétaire.",
  "Tenants and people living in a home without a contract.":
    "Locataires et personnes qui vivent dans un logement sans bail.",
  "Come on Tuesday or Thursday evening. Bring every letter you have received, even if you think it is not important.":
    "Venez le mardi ou le jeudi soir. Apportez toutes les lettres reçues, même si vous pensez qu’elles ne sont pas importantes.",
  "Any letters or papers about your problem.":
    "Toutes les lettres ou tous les papiers qui concernent votre problème.",
  "First floor without a lift. Staff can meet you on the ground floor: ask when you call.":
    "Premier étage sans ascenseur. Le personnel peut vous recevoir au rez-de-chaussée : demandez-le en appelant.",
  "El Refugio Night Shelter":
    "Foyer de nuit El Refugio",
  "A bed, a shower, dinner and breakfast for people with nowhere to sleep. 40 places, 8 of them for women only. Pets welcome in the yard.":
    "Un lit, une douche, un dîner et un petit-déjeuner pour les personnes qui n’ont nulle part où dormir. 40 places, dont 8 réservées aux femmes. Les animaux sont accueillis dans la cour.",
  "Adults over 18 with nowhere to sleep tonight. No papers needed.":
    "Adultes de plus de 18 ans sans endroit où dormir ce soir. Aucun papier n’est demandé.",
  "Come to the door between 20:00 and 23:00. If it is full, staff will phone the emergency social service for you.":
    "Présentez-vous à la porte entre 20:00 et 23:00. S’il est complet, le personnel appelle pour vous le service social d’urgence.",
  "Nothing. Come as you are.":
    "Rien. Venez comme vous êtes.",
  "Step-free entrance and accessible toilet.":
    "Entrée de plain-pied et toilettes accessibles.",
  "El Refugio Day Centre":
    "Centre de jour El Refugio",
  "A warm place during the day: showers, laundry, lunch, a postal address for your letters and a social worker.":
    "Un lieu chauffé pendant la journée : douches, laverie, déjeuner, une adresse postale pour votre courrier et une assistante sociale.",
  "People sleeping rough or in insecure housing.":
    "Personnes qui dorment dans la rue ou dans un logement précaire.",
  "Just come in. Lunch is served at 13:30.":
    "Entrez, tout simplement. Le déjeuner est servi à 13:30.",
  "Food Bank Distribution Point":
    "Point de distribution de la Banque alimentaire",
  "A box of basic food every two weeks: pulses, rice, oil, milk, tinned fish, fruit and vegetables when there are some. Baby food and nappies on request.":
    "Un colis de produits de base toutes les deux semaines : légumes secs, riz, huile, lait, conserves de poisson, fruits et légumes quand il y en a. Nourriture pour bébé et couches sur demande.",
  "Households referred by a social worker, or whose income is below the minimum income level.":
    "Foyers orientés par un travailleur social, ou dont les revenus sont inférieurs au revenu minimum.",
  "The first time, come with your documents to register; after that, collect your box on your day.":
    "La première fois, venez avec vos documents pour vous inscrire ; ensuite, retirez votre colis le jour prévu pour vous.",
  "Referral letter from social services, if you have one.":
    "Lettre d’orientation des services sociaux, si vous en avez une.",
  "Entrance by a ramp on the side door; ring the bell and staff will open.":
    "Entrée par une rampe à la porte latérale ; sonnez et le personnel vous ouvrira.",
  "A hot lunch every day of the year, and a take-away supper on weekdays. Vegetarian and halal options.":
    "Un déjeuner chaud tous les jours de l’année, et un dîner à emporter en semaine. Options végétariennes et halal.",
  "Anyone who needs a meal.":
    "Toute personne qui a besoin d’un repas.",
  "Come to the door; there is no list. Take-away supper from 19:00.":
    "Présentez-vous à la porte ; il n’y a pas de liste. Dîner à emporter à partir de 19:00.",
  "El Muelle Solidarity Pantry":
    "Épicerie solidaire El Muelle",
  "A pantry run by neighbours where families choose their own food and clothes, like in a shop, with points instead of money.":
    "Une épicerie tenue par des voisins où les familles choisissent elles-mêmes leur nourriture et leurs vêtements, comme dans un magasin, avec des points au lieu d’argent.",
  "Families living in the harbour district with children under 18.":
    "Familles du quartier du port avec des enfants de moins de 18 ans.",
  "Ask for an interview on Saturday morning; you get your points card the same day.":
    "Demandez un entretien le samedi matin ; vous recevez votre carte de points le jour même.",
  "Family book or children's birth certificates.":
    "Livret de famille ou actes de naissance des enfants.",
  "School Meals Grant":
    "Aide à la cantine scolaire",
  "Pays all or part of school lunches for children in public schools in Valdemar.":
    "Paie tout ou partie de la cantine des enfants des écoles publiques de Valdemar.",
  "Families whose income is below the grant threshold, and all children in foster care.":
    "Familles dont les revenus sont sous le plafond de l’aide, et tous les enfants placés en famille d’accueil.",
  "Apply at your child's school or at your district social services centre in September; late applications are accepted when your situation changes.":
    "Faites la demande à l’école de votre enfant ou au centre de services sociaux de votre quartier en septembre ; les demandes tardives sont acceptées si votre situation change.",
  "Social Services Centre — City Centre":
    "Centre de services sociaux — Centre-ville",
  "Your first stop for help. A social worker listens, looks at your whole situation and helps you apply for emergency grants, benefits, home help and other services.":
    "Votre première étape pour obtenir de l’aide. Un travailleur social vous écoute, regarde toute votre situation et vous aide à demander des aides d’urgence, des prestations, une aide à domicile et d’autres services.",
  "Anyone living in the Centro, El Puerto or La Arena districts.":
    "Toute personne qui vit dans les quartiers Centro, El Puerto ou La Arena.",
  "Call to book an appointment. In an emergency, come in the morning without one.":
    "Appelez pour prendre rendez-vous. En cas d’urgence, venez le matin sans rendez-vous.",
  "Social Services Centre — South":
    "Centre de services sociaux — Sud",
  "Social workers for the southern districts: emergency grants, benefits, home help and support for families.":
    "Des travailleurs sociaux pour les quartiers du sud : aides d’urgence, prestations, aide à domicile et soutien aux familles.",
  "Anyone living in La Calzada, Contrueces or Pumarín Sur.":
    "Toute personne qui vit à La Calzada, Contrueces ou Pumarín Sur.",
  "Emergency Social Grant":
    "Aide sociale d’urgence",
  "One-off money for urgent basic needs: an unpaid electricity bill, a month's rent to avoid eviction, glasses, or essential furniture.":
    "Une somme ponctuelle pour des besoins de base urgents : une facture d’électricité impayée, un mois de loyer pour éviter l’expulsion, des lunettes ou des meubles indispensables.",
  "People registered in Valdemar who cannot pay an essential cost.":
    "Personnes inscrites à Valdemar qui ne peuvent pas payer une dépense indispensable.",
  "Ask your social worker at your district social services centre. Urgent cases are decided within a week.":
    "Demandez à votre travailleur social, au centre de services sociaux de votre quartier. Les cas urgents sont décidés en une semaine.",
  "The bill or quote you need to pay.":
    "La facture ou le devis que vous devez payer.",
  "Minimum Income Applications":
    "Demandes de revenu minimum",
  "Help to apply for the minimum income, a monthly payment for households with little or no income, and to keep it up to date.":
    "Aide pour demander le revenu minimum, un paiement mensuel pour les foyers avec peu ou pas de revenus, et pour garder le dossier à jour.",
  "Adults living in Spain legally for at least one year, with a household income below the minimum.":
    "Adultes qui vivent légalement en Espagne depuis au moins un an, avec des revenus du foyer sous le minimum.",
  "Book an appointment by phone. Staff fill in the online application with you.":
    "Prenez rendez-vous par téléphone. Le personnel remplit la demande en ligne avec vous.",
  "Debt and Bills Advice":
    "Conseil sur les dettes et les factures",
  "We look at your debts and bills with you, check for abusive charges, and help you agree a payment plan or make a complaint.":
    "Nous examinons avec vous vos dettes et vos factures, vérifions les frais abusifs et vous aidons à convenir d’un plan de paiement ou à faire une réclamation.",
  "Anyone living in Valdemar.":
    "Toute personne qui vit à Valdemar.",
  "Book an appointment by phone or e-mail. Bring all the papers, including letters from debt collectors.":
    "Prenez rendez-vous par téléphone ou par e-mail. Apportez tous les papiers, y compris les lettres des agences de recouvrement.",
  "Your latest bank statements.":
    "Vos derniers relevés bancaires.",
  "Energy Bills Help":
    "Aide pour les factures d’énergie",
  "We read your bills with you, switch you to a cheaper tariff, apply for the social discount on electricity and stop a disconnection.":
    "Nous lisons vos factures avec vous, vous faisons passer à un tarif moins cher, demandons la réduction sociale sur l’électricité et empêchons une coupure.",
  "Any household in Valdemar.":
    "Tout foyer de Valdemar.",
  "Come without an appointment on Tuesday or Thursday morning, or call.":
    "Venez sans rendez-vous le mardi ou le jeudi matin, ou appelez.",
  "Your last electricity and gas bills.":
    "Vos dernières factures d’électricité et de gaz.",
  "Red Solidaria Clothes Bank":
    "Vestiaire de Red Solidaria",
  "Clean clothes, shoes and bedding for adults and children, and winter coats from November.":
    "Vêtements propres, chaussures et linge de lit pour adultes et enfants, et manteaux d’hiver à partir de novembre.",
  "Anyone who needs them.":
    "Toute personne qui en a besoin.",
  "Come during opening hours. Up to two visits a month.":
    "Venez pendant les heures d’ouverture. Deux visites par mois au plus.",
  "Job-Seeker Registration and Unemployment Benefit":
    "Inscription comme demandeur d’emploi et allocation chômage",
  "Register as a job seeker, apply for unemployment benefit or the unemployment allowance, and see job offers.":
    "Inscrivez-vous comme demandeur d’emploi, demandez l’allocation chômage ou l’allocation de solidarité, et consultez les offres d’emploi.",
  "People of working age who are out of work or want to change job, with permission to work.":
    "Personnes en âge de travailler, sans emploi ou qui veulent changer d’emploi, avec une autorisation de travail.",
  "Book an appointment by phone or online. Apply for benefit within 15 working days of losing your job.":
    "Prenez rendez-vous par téléphone ou en ligne. Demandez l’allocation dans les 15 jours ouvrables après la perte de votre emploi.",
  "Your employer's certificate of end of contract.":
    "Le certificat de fin de contrat de votre employeur.",
  "Job Search Guidance":
    "Orientation pour la recherche d’emploi",
  "A guidance counsellor helps you write your CV, prepare interviews and plan training, one to one or in small groups.":
    "Un conseiller vous aide à écrire votre CV, à préparer les entretiens et à planifier une formation, seul à seul ou en petits groupes.",
  "People registered as job seekers.":
    "Personnes inscrites comme demandeurs d’emploi.",
  "Ask for guidance when you register, or call to book.":
    "Demandez une orientation lors de votre inscription, ou appelez pour prendre rendez-vous.",
  "La Brújula Youth Compass":
    "La Brújula, la boussole des jeunes",
  "Ask anything: first job, studies, a legal problem, drugs, sexuality or leaving home. We connect you with a local expert within two days, in person or by chat.":
    "Demandez ce que vous voulez : premier emploi, études, problème juridique, drogues, sexualité ou départ de chez vos parents. Nous vous mettons en contact avec un expert local en deux jours, en personne ou par chat.",
  "Young people aged 14 to 30.":
    "Jeunes de 14 à 30 ans.",
  "Drop in, call, send an SMS or ask to be contacted. It is confidential.":
    "Passez, appelez, envoyez un SMS ou demandez à être contacté. C’est confidentiel.",
  "Free Vocational Courses":
    "Formations professionnelles gratuites",
  "Courses of three to six months in care work, cooking, warehouse, cleaning, electrics and customer service, with a paid work placement.":
    "Des formations de trois à six mois en aide à la personne, cuisine, logistique, nettoyage, électricité et accueil du public, avec un stage rémunéré.",
  "Adults registered as job seekers. Some courses ask for a secondary school diploma.":
    "Adultes inscrits comme demandeurs d’emploi. Certaines formations demandent le diplôme de fin de collège.",
  "Come to an information session on the first Monday of each month at 10:00, or call.":
    "Venez à une réunion d’information le premier lundi de chaque mois à 10:00, ou appelez.",
  "Your job-seeker card.":
    "Votre carte de demandeur d’emploi.",
  "Reading, Writing and Spanish Classes":
    "Cours de lecture, d’écriture et d’espagnol",
  "Learn to read and write, or learn Spanish from the start, in small groups in the morning or evening. Also the secondary school diploma for adults.":
    "Apprenez à lire et à écrire, ou apprenez l’espagnol depuis le début, en petits groupes le matin ou le soir. Aussi le diplôme de fin de collège pour adultes.",
  "Anyone over 16, whatever their papers.":
    "Toute personne de plus de 16 ans, avec ou sans papiers.",
  "Enrol at the school office. New groups start in September, January and April.":
    "Inscrivez-vous au secrétariat de l’école. De nouveaux groupes commencent en septembre, en janvier et en avril.",
  "Job Club at the Central Library":
    "Club emploi à la bibliothèque centrale",
  "Weekly job club: look for offers online together, send applications, use the printer for free and practise interviews.":
    "Club emploi hebdomadaire : cherchez des offres en ligne ensemble, envoyez des candidatures, utilisez l’imprimante gratuitement et entraînez-vous aux entretiens.",
  "Anyone looking for work.":
    "Toute personne qui cherche du travail.",
  "Just come on Wednesday afternoon. A library card helps but is not needed.":
    "Venez simplement le mercredi après-midi. Une carte de bibliothèque aide mais n’est pas obligatoire.",
  "Family doctor, nurse, paediatrician, midwife and vaccinations. The social worker helps people without a health card get one.":
    "Médecin de famille, infirmier, pédiatre, sage-femme et vaccins. L’assistante sociale aide les personnes sans carte de santé à en obtenir une.",
  "Everyone living in the El Puerto area. Urgent care for anyone.":
    "Toutes les personnes qui vivent dans le quartier d’El Puerto. Urgences pour tout le monde.",
  "Book by phone or at the desk. For urgent problems in the afternoon, come to the urgent care door.":
    "Prenez rendez-vous par téléphone ou au guichet. Pour un problème urgent l’après-midi, allez à la porte des urgences.",
  "Health card, if you have one.":
    "Carte de santé, si vous en avez une.",
  "Help Getting a Health Card":
    "Aide pour obtenir la carte de santé",
  "The health centre's social worker processes the health card for people who have none, including people without residence papers.":
    "L’assistante sociale du centre de santé fait la demande de carte de santé pour les personnes qui n’en ont pas, y compris les personnes sans titre de séjour.",
  "Anyone living in Valdemar without a health card.":
    "Toute personne qui vit à Valdemar sans carte de santé.",
  "Book an appointment with the social worker at the desk or by phone.":
    "Prenez rendez-vous avec l’assistante sociale au guichet ou par téléphone.",
  "Faro Addiction Support":
    "Faro, aide contre les addictions",
  "Confidential support for problems with alcohol, drugs, gambling or screens: first interview, psychologist, support groups and help for families.":
    "Un soutien confidentiel pour les problèmes d’alcool, de drogues, de jeux d’argent ou d’écrans : premier entretien, psychologue, groupes de soutien et aide aux familles.",
  "Anyone over 14, and their families. No referral needed.":
    "Toute personne de plus de 14 ans, et sa famille. Pas besoin d’être orienté.",
  "Call or come in. The first interview is within a week.":
    "Appelez ou venez. Le premier entretien a lieu dans la semaine.",
  "Mente Abierta Listening Line":
    "Ligne d’écoute Mente Abierta",
  "Trained volunteers who have lived with mental health problems listen to you, without judging. Not an emergency service: in danger, call 112.":
    "Des bénévoles formés, qui ont eux-mêmes vécu des troubles psychiques, vous écoutent sans juger. Ce n’est pas un service d’urgence : en cas de danger, appelez le 112.",
  "Anyone who needs to talk.":
    "Toute personne qui a besoin de parler.",
  "Call in the evening, every day.":
    "Appelez le soir, tous les jours.",
  "Telephone service; text relay and SMS available.":
    "Service par téléphone ; relais texte et SMS disponibles.",
  "Peer Support Groups":
    "Groupes d’entraide",
  "Weekly groups for people living with anxiety, depression or psychosis, and a separate group for families.":
    "Des groupes hebdomadaires pour les personnes qui vivent avec l’anxiété, la dépression ou une psychose, et un groupe à part pour les familles.",
  "Adults, with or without a diagnosis.":
    "Adultes, avec ou sans diagnostic.",
  "Call first for a short welcome chat.":
    "Appelez d’abord pour un court entretien d’accueil.",
  "Free Legal Guidance":
    "Orientation juridique gratuite",
  "A lawyer explains your legal problem (family, housing, work, debts, immigration) and helps you apply for a free lawyer if you qualify.":
    "Un avocat vous explique votre problème juridique (famille, logement, travail, dettes, immigration) et vous aide à demander un avocat gratuit si vous y avez droit.",
  "Anyone. The free lawyer depends on your income.":
    "Tout le monde. L’avocat gratuit dépend de vos revenus.",
  "Come on weekday mornings; first come, first served. Arrive before 12:00.":
    "Venez le matin en semaine ; premier arrivé, premier servi. Arrivez avant 12:00.",
  "Immigration Legal Advice":
    "Conseil juridique en droit des étrangers",
  "Lawyers specialised in residence and work permits, family reunification, nationality, regularisation and appeals.":
    "Des avocats spécialisés dans les titres de séjour et de travail, le regroupement familial, la nationalité, la régularisation et les recours.",
  "Migrants living in Valdemar, whatever their situation.":
    "Personnes migrantes qui vivent à Valdemar, quelle que soit leur situation.",
  "Book an appointment by phone or ask to be contacted. Bring every paper you have.":
    "Prenez rendez-vous par téléphone ou demandez à être contacté. Apportez tous vos papiers.",
  "Workers' Rights Advice":
    "Conseil en droit du travail",
  "Unpaid wages, dismissal, contract without papers, harassment at work: a labour lawyer tells you what you can do and by when.":
    "Salaires impayés, licenciement, travail sans contrat, harcèlement au travail : un avocat en droit du travail vous dit ce que vous pouvez faire et avant quand.",
  "Any worker, with or without a contract.":
    "Tout travailleur, avec ou sans contrat.",
  "Call to book. After a dismissal you have only 20 working days to act: call quickly.":
    "Appelez pour prendre rendez-vous. Après un licenciement, vous n’avez que 20 jours ouvrables pour agir : appelez vite.",
  "Payslips, contract and the dismissal letter, if any.":
    "Fiches de paie, contrat et lettre de licenciement, le cas échéant.",
  "Consumer Complaints":
    "Réclamations des consommateurs",
  "Help to complain to a company, bank, phone or energy supplier, and free mediation and arbitration.":
    "Aide pour réclamer auprès d’une entreprise, d’une banque, d’un opérateur téléphonique ou d’un fournisseur d’énergie, et médiation et arbitrage gratuits.",
  "Come in with your papers, or send them by e-mail.":
    "Venez avec vos papiers, ou envoyez-les par e-mail.",
  "The contract, invoice or receipt, and any messages with the company.":
    "Le contrat, la facture ou le reçu, et tous les messages échangés avec l’entreprise.",
  "Sexual and Reproductive Health Clinic":
    "Centre de santé sexuelle et reproductive",
  "Contraception, pregnancy tests, testing for sexually transmitted infections, and advice, in confidence.":
    "Contraception, tests de grossesse, dépistage des infections sexuellement transmissibles et conseils, en toute confidentialité.",
  "Anyone over 14. Young people can come on their own.":
    "Toute personne de plus de 14 ans. Les jeunes peuvent venir seuls.",
  "Walk in on Tuesday afternoon, or book by phone.":
    "Venez sans rendez-vous le mardi après-midi, ou prenez rendez-vous par téléphone.",
  "Family Support Service":
    "Service d’aide aux familles",
  "A family educator visits you at home or meets you at the centre to help with routines, school, conflicts and stress at home.":
    "Un éducateur familial vient chez vous ou vous reçoit au centre pour vous aider avec les habitudes, l’école, les conflits et le stress à la maison.",
  "Families with children under 18 living in Valdemar.":
    "Familles avec des enfants de moins de 18 ans qui vivent à Valdemar.",
  "Call or ask your social worker to refer you.":
    "Appelez ou demandez à votre travailleur social de vous orienter.",
  "Family Mediation":
    "Médiation familiale",
  "A neutral mediator helps separated parents agree on children, visits and money, without going to court.":
    "Un médiateur neutre aide les parents séparés à se mettre d’accord sur les enfants, les visites et l’argent, sans aller au tribunal.",
  "Couples separating, and families in conflict (parents, grandparents, adult children).":
    "Couples qui se séparent, et familles en conflit (parents, grands-parents, enfants adultes).",
  "Either person can call to book the first meeting. Sessions last one hour.":
    "Chacune des deux personnes peut appeler pour fixer le premier rendez-vous. Les séances durent une heure.",
  "Baby and Toddler Group":
    "Groupe bébés et tout-petits",
  "Parents and babies up to three years meet, play and share questions about sleep, feeding and development with a nurse and an educator.":
    "Parents et bébés jusqu’à trois ans se retrouvent, jouent et parlent du sommeil, de l’alimentation et du développement avec une infirmière et une éducatrice.",
  "Parents or carers with a child under three.":
    "Parents ou personnes qui s’occupent d’un enfant de moins de trois ans.",
  "Just come on Friday morning.":
    "Venez simplement le vendredi matin.",
  "Los Pinos After-School Centre":
    "Centre périscolaire Los Pinos",
  "After school: a snack, homework help, games and trips, while parents work. Summer camp in July.":
    "Après l’école : un goûter, de l’aide aux devoirs, des jeux et des sorties pendant que les parents travaillent. Centre de vacances en juillet.",
  "Children aged 6 to 16, with priority for families referred by social services.":
    "Enfants de 6 à 16 ans, en priorité ceux des familles orientées par les services sociaux.",
  "Ask for a place at the centre or through your social worker.":
    "Demandez une place au centre ou par votre travailleur social.",
  "Homework Help":
    "Aide aux devoirs",
  "Volunteer tutors help primary and secondary pupils with homework, reading and maths, in a quiet room with computers.":
    "Des bénévoles aident les élèves du primaire et du secondaire pour les devoirs, la lecture et les maths, dans une salle calme avec des ordinateurs.",
  "Children and teenagers of the harbour district.":
    "Enfants et adolescents du quartier du port.",
  "Parents come to enrol their child on a Monday.":
    "Les parents viennent inscrire leur enfant un lundi.",
  "Arcoíris Support and Advice":
    "Arcoíris, soutien et conseils",
  "A safe space for LGBTI people: peer support, psychological and legal advice, and a group for families of trans young people.":
    "Un espace sûr pour les personnes LGBTI : entraide, conseils psychologiques et juridiques, et un groupe pour les familles de jeunes trans.",
  "LGBTI people of any age, and their families.":
    "Personnes LGBTI de tout âge, et leurs familles.",
  "Drop in on Thursday evening, or ask to be contacted. Confidential.":
    "Passez le jeudi soir, ou demandez à être contacté. Confidentiel.",
  "Activities, gym, trips, a low-cost lunch, chiropody and hairdresser. A place to meet people and not be alone.":
    "Activités, gym, sorties, déjeuner à petit prix, pédicure et coiffeur. Un lieu pour rencontrer des gens et ne pas rester seul.",
  "People over 60 living in Valdemar, and their partners.":
    "Personnes de plus de 60 ans qui vivent à Valdemar, et leur conjoint.",
  "Come to the reception with your ID to get a free member card.":
    "Venez à l’accueil avec votre pièce d’identité pour obtenir une carte de membre gratuite.",
  "Membership is free. Lunch costs 4.50 euros; activities 0 to 10 euros a month.":
    "L’adhésion est gratuite. Le déjeuner coûte 4,50 euros ; les activités de 0 à 10 euros par mois.",
  "Home Help":
    "Aide à domicile",
  "A care worker comes to your home to help with washing, meals, cleaning and shopping, from one hour a week to every day.":
    "Une aide à domicile vient chez vous pour vous aider à vous laver, pour les repas, le ménage et les courses, d’une heure par semaine à tous les jours.",
  "Older people and people with a disability who need help at home.":
    "Personnes âgées et personnes handicapées qui ont besoin d’aide à la maison.",
  "Ask at your district social services centre; a social worker visits you to assess your needs.":
    "Demandez au centre de services sociaux de votre quartier ; un travailleur social vient chez vous évaluer vos besoins.",
  "Health reports, if you have them.":
    "Comptes rendus médicaux, si vous en avez.",
  "Free or with a contribution of up to 20% of the cost, depending on income.":
    "Gratuit ou avec une participation jusqu’à 20 % du coût, selon les revenus.",
  "Telecare Alarm":
    "Téléassistance",
  "A button you wear on your wrist or neck. Press it at any time and a person answers, calls your family or sends help.":
    "Un bouton à porter au poignet ou autour du cou. Appuyez à tout moment et une personne répond, appelle votre famille ou envoie de l’aide.",
  "People over 65, or with a disability, who live alone or spend many hours alone.":
    "Personnes de plus de 65 ans, ou handicapées, qui vivent seules ou passent beaucoup d’heures seules.",
  "Ask at your district social services centre or call the telecare line.":
    "Demandez au centre de services sociaux de votre quartier ou appelez la ligne de téléassistance.",
  "Phone Friends":
    "Amis au téléphone",
  "A volunteer calls you once or twice a week for a chat, and can visit you or go for a walk with you.":
    "Un bénévole vous appelle une ou deux fois par semaine pour discuter, et peut venir vous voir ou se promener avec vous.",
  "Older people who feel alone.":
    "Personnes âgées qui se sentent seules.",
  "Call us, or a neighbour or relative can call for you.":
    "Appelez-nous, ou un voisin ou un proche peut appeler pour vous.",
  "Support for Family Carers":
    "Soutien aux aidants familiaux",
  "For people who look after a relative: a monthly group, short courses (moving a person safely, memory loss) and respite stays.":
    "Pour les personnes qui s’occupent d’un proche : un groupe mensuel, des formations courtes (déplacer une personne sans danger, pertes de mémoire) et des séjours de répit.",
  "Anyone caring for an older or dependent relative.":
    "Toute personne qui s’occupe d’un proche âgé ou dépendant.",
  "Call to join; respite stays are requested through social services.":
    "Appelez pour vous inscrire ; les séjours de répit se demandent aux services sociaux.",
  "Dependency Assessment and Care Allowance":
    "Évaluation de la dépendance et allocation d’aide",
  "The official assessment of how much help a person needs every day, which opens the door to home help, day centres and a carer's allowance.":
    "L’évaluation officielle de l’aide dont une personne a besoin chaque jour, qui ouvre l’accès à l’aide à domicile, aux centres de jour et à une allocation pour l’aidant.",
  "People of any age who need help from others for daily activities.":
    "Personnes de tout âge qui ont besoin des autres pour les activités de la vie quotidienne.",
  "Apply at your district social services centre. An assessor visits your home.":
    "Faites la demande au centre de services sociaux de votre quartier. Un évaluateur vient chez vous.",
  "Recent health report from your doctor.":
    "Compte rendu médical récent de votre médecin.",
  "Easy-Read Advice Point":
    "Point conseil en facile à lire",
  "We explain letters, forms and contracts in easy words, and go with you to appointments if you want. Also for families.":
    "Nous expliquons les lettres, les formulaires et les contrats avec des mots simples, et nous vous accompagnons aux rendez-vous si vous le souhaitez. Aussi pour les familles.",
  "People with intellectual disabilities or learning difficulties, and anyone who finds papers hard to read.":
    "Personnes avec un handicap intellectuel ou des difficultés d’apprentissage, et toute personne qui a du mal à lire les papiers.",
  "Come in or call. You can bring someone you trust.":
    "Venez ou appelez. Vous pouvez venir avec une personne de confiance.",
  "Supported Employment":
    "Emploi accompagné",
  "A job coach helps you find a job in an ordinary company and supports you at work for as long as you need.":
    "Un job coach vous aide à trouver un emploi dans une entreprise ordinaire et vous soutient au travail aussi longtemps que nécessaire.",
  "People with a recognised disability of 33% or more who want to work.":
    "Personnes avec un handicap reconnu de 33 % ou plus qui veulent travailler.",
  "Call for a first interview.":
    "Appelez pour un premier entretien.",
  "Disability certificate.":
    "Certificat de handicap.",
  "Sign Language Interpreting":
    "Interprétation en langue des signes",
  "A sign language interpreter goes with you to the doctor, the bank, the court or any appointment. Also video interpreting.":
    "Un interprète en langue des signes vous accompagne chez le médecin, à la banque, au tribunal ou à tout rendez-vous. Aussi par vidéo.",
  "Deaf people and people with hearing loss, and the services they deal with.":
    "Personnes sourdes et malentendantes, et les services avec lesquels elles sont en contact.",
  "Ask at least three days ahead by SMS, video call or e-mail. Urgent requests by SMS.":
    "Demandez au moins trois jours avant par SMS, appel vidéo ou e-mail. Demandes urgentes par SMS.",
  "Disability Certificate Help":
    "Aide pour le certificat de handicap",
  "We explain the disability certificate, what it gives you (discounts, benefits, tax, transport, jobs) and help you apply or appeal.":
    "Nous vous expliquons le certificat de handicap, ce qu’il vous apporte (réductions, prestations, impôts, transports, emploi) et vous aidons à le demander ou à faire un recours.",
  "People with a disability or long-term illness, and their families.":
    "Personnes handicapées ou avec une maladie de longue durée, et leurs familles.",
  "Book by phone; bring your health reports.":
    "Prenez rendez-vous par téléphone ; apportez vos comptes rendus médicaux.",
  "Health reports.":
    "Comptes rendus médicaux.",
  "Newcomers' Welcome Desk":
    "Accueil des nouveaux arrivants",
  "First information in your language: registering at the town hall, health card, school for your children, Spanish classes and where to find work.":
    "Les premières informations dans votre langue : inscription à la mairie, carte de santé, école pour vos enfants, cours d’espagnol et où trouver du travail.",
  "People who have recently arrived in Valdemar, whatever their papers.":
    "Personnes arrivées récemment à Valdemar, avec ou sans papiers.",
  "Drop in. If you need an interpreter, tell us the language when you call.":
    "Passez nous voir. Si vous avez besoin d’un interprète, dites-nous la langue quand vous appelez.",
  "Reception for Asylum Seekers":
    "Accueil des demandeurs d’asile",
  "Accommodation, a weekly allowance, Spanish classes, psychologist and a lawyer for people who have applied for international protection.":
    "Hébergement, une allocation hebdomadaire, des cours d’espagnol, un psychologue et un avocat pour les personnes qui ont demandé une protection internationale.",
  "People who have applied, or want to apply, for asylum or international protection in Spain.":
    "Personnes qui ont demandé, ou veulent demander, l’asile ou une protection internationale en Espagne.",
  "Call or come in. We help you ask for your asylum appointment if you do not have one yet.":
    "Appelez ou venez. Nous vous aidons à obtenir votre rendez-vous d’asile si vous ne l’avez pas encore.",
  "Your asylum application paper or appointment, if you have it.":
    "Votre document de demande d’asile ou votre rendez-vous, si vous l’avez.",
  "Help Desk for People from Ukraine":
    "Permanence pour les personnes venues d’Ukraine",
  "Temporary protection papers, school, work permits and housing for people displaced from Ukraine, with Ukrainian-speaking staff.":
    "Papiers de protection temporaire, école, autorisations de travail et logement pour les personnes déplacées d’Ukraine, avec du personnel qui parle ukrainien.",
  "People displaced from Ukraine and their families.":
    "Personnes déplacées d’Ukraine et leurs familles.",
  "Come on Monday or Wednesday, or send an SMS to book.":
    "Venez le lundi ou le mercredi, ou envoyez un SMS pour prendre rendez-vous.",
  "Registration at the Town Hall (Padrón)":
    "Inscription à la mairie (Padrón)",
  "Register your address in Valdemar. It is the key to health care, school, social services and many grants. You can register even without a rental contract.":
    "Inscrivez votre adresse à Valdemar. C’est la clé de l’accès aux soins, à l’école, aux services sociaux et à beaucoup d’aides. Vous pouvez vous inscrire même sans bail de location.",
  "Everyone who lives in Valdemar, with or without papers, including people without a fixed home.":
    "Toutes les personnes qui vivent à Valdemar, avec ou sans papiers, y compris les personnes sans domicile fixe.",
  "Book an appointment or come in. Without a home, social services can register you at their address.":
    "Prenez rendez-vous ou venez. Sans logement, les services sociaux peuvent vous inscrire à leur adresse.",
  "Rental contract, or a signed authorisation from the owner or the main tenant.":
    "Bail de location, ou autorisation signée du propriétaire ou du locataire principal.",
  "Volunteer Interpreters":
    "Interprètes bénévoles",
  "A volunteer who speaks your language goes with you to the doctor, the school or an office, or joins by phone.":
    "Un bénévole qui parle votre langue vous accompagne chez le médecin, à l’école ou dans un bureau, ou participe par téléphone.",
  "Anyone who does not yet speak Spanish well.":
    "Toute personne qui ne parle pas encore bien l’espagnol.",
  "Ask at least two days ahead by phone or SMS. Languages: Arabic, Darija, French, English, Ukrainian, Russian, Romanian, Wolof, Portuguese.":
    "Demandez au moins deux jours avant par téléphone ou par SMS. Langues : arabe, darija, français, anglais, ukrainien, russe, roumain, wolof, portugais.",
  "24-Hour Line Against Gender Violence":
    "Ligne 24 h/24 contre les violences faites aux femmes",
  "Free, confidential line, day and night. Professionals listen, advise and, if you want, arrange a safe place to stay. The call does not appear on your phone bill.":
    "Ligne gratuite et confidentielle, jour et nuit. Des professionnelles écoutent, conseillent et, si vous le voulez, trouvent un lieu sûr où rester. L’appel n’apparaît pas sur votre facture de téléphone.",
  "Women facing violence, and anyone worried about a woman they know.":
    "Les femmes qui subissent des violences, et toute personne inquiète pour une femme qu’elle connaît.",
  "Call or send an SMS at any time. In immediate danger, call 112.":
    "Appelez ou envoyez un SMS à tout moment. En cas de danger immédiat, appelez le 112.",
  "Women's Centre: Legal and Psychological Support":
    "Centre des femmes : soutien juridique et psychologique",
  "A lawyer and a psychologist for women facing violence, separation or discrimination. We go with you to the police and to court.":
    "Une avocate et une psychologue pour les femmes qui subissent des violences, une séparation ou des discriminations. Nous vous accompagnons à la police et au tribunal.",
  "Women living in Valdemar, with or without a police report.":
    "Femmes qui vivent à Valdemar, avec ou sans plainte à la police.",
  "Call or come in. You do not need to give your name the first time.":
    "Appelez ou venez. Vous n’avez pas besoin de donner votre nom la première fois.",
  "Emergency Social Service":
    "Service social d’urgence",
  "Social workers on duty when social services are closed: for a person sleeping rough in the cold, an older person left alone, or a family put out of their home.":
    "Des travailleurs sociaux de garde quand les services sociaux sont fermés : pour une personne qui dort dehors dans le froid, une personne âgée laissée seule ou une famille mise à la porte de chez elle.",
  "Anyone in Valdemar facing a social emergency.":
    "Toute personne à Valdemar face à une urgence sociale.",
  "Call the number at night, at weekends and on public holidays.":
    "Appelez ce numéro la nuit, le week-end et les jours fériés.",
  "Children and Teenagers' Help Line":
    "Ligne d’aide aux enfants et aux adolescents",
  "For children and teenagers who are hurt, scared or bullied, and for adults worried about a child. Chat by SMS if you cannot speak.":
    "Pour les enfants et les adolescents blessés, qui ont peur ou qui sont harcelés, et pour les adultes inquiets pour un enfant. Discussion par SMS si vous ne pouvez pas parler.",
  "Anyone under 18, and adults worried about a child.":
    "Toute personne de moins de 18 ans, et les adultes inquiets pour un enfant.",
  "Call or send an SMS, any day from 9 in the morning to midnight.":
    "Appelez ou envoyez un SMS, tous les jours de 9 heures du matin à minuit.",
  "Hate Incident Support":
    "Soutien après un acte de haine",
  "If you were insulted, attacked or refused service because of your origin, religion, sexuality or disability, we help you report it and support you afterwards.":
    "Si vous avez été insulté, agressé ou refusé à cause de votre origine, votre religion, votre sexualité ou votre handicap, nous vous aidons à le signaler et vous soutenons ensuite.",
  "Anyone who has faced a hate incident, and witnesses.":
    "Toute personne qui a subi un acte de haine, et les témoins.",
  "Call, send an SMS or ask to be contacted.":
    "Appelez, envoyez un SMS ou demandez à être contacté.",
  "Free Computers and Wi-Fi at the Libraries":
    "Ordinateurs et Wi-Fi gratuits dans les bibliothèques",
  "Computers with internet, a printer and scanner, and free Wi-Fi in all five public libraries. Staff help you with the basics.":
    "Des ordinateurs avec internet, une imprimante et un scanner, et le Wi-Fi gratuit dans les cinq bibliothèques publiques. Le personnel vous aide pour les bases.",
  "Everyone. A library card is free with any ID.":
    "Tout le monde. La carte de bibliothèque est gratuite avec n’importe quelle pièce d’identité.",
  "Come in and ask at the desk. One hour per session, more if free.":
    "Entrez et demandez au guichet. Une heure par séance, plus si c’est libre.",
  "First Steps with a Smartphone":
    "Premiers pas avec un smartphone",
  "A four-week course in small groups: calls and messages, WhatsApp, photos, staying safe from scams and making an online appointment.":
    "Une formation de quatre semaines en petits groupes : appels et messages, WhatsApp, photos, se protéger des arnaques et prendre un rendez-vous en ligne.",
  "Beginners of any age, starting with older people and newcomers. Bring your phone or borrow one of ours.":
    "Débutants de tout âge, en commençant par les personnes âgées et les nouveaux arrivants. Apportez votre téléphone ou empruntez l’un des nôtres.",
  "Call to join the next group. Courses start every month.":
    "Appelez pour rejoindre le prochain groupe. Les formations commencent chaque mois.",
  "Donated Phones and Laptops":
    "Téléphones et ordinateurs donnés",
  "Refurbished phones and laptops, given free with a SIM card with 6 months of data, to people who have none.":
    "Des téléphones et des ordinateurs portables reconditionnés, donnés gratuitement avec une carte SIM et 6 mois de données, aux personnes qui n’en ont pas.",
  "People referred by a social worker, a school or an association.":
    "Personnes orientées par un travailleur social, une école ou une association.",
  "Ask your social worker or association to fill in the referral form.":
    "Demandez à votre travailleur social ou à votre association de remplir le formulaire d’orientation.",
  "Referral form.":
    "Formulaire d’orientation.",
  "Help with Online Procedures":
    "Aide pour les démarches en ligne",
  "Staff help you get a digital certificate or Cl@ve, book appointments and send applications to any public office online.":
    "Le personnel vous aide à obtenir un certificat numérique ou Cl@ve, à prendre rendez-vous et à envoyer des demandes en ligne à n’importe quelle administration.",
  "Book an appointment by phone or come in early.":
    "Prenez rendez-vous par téléphone ou venez tôt.",
  "Your mobile phone, if you have one.":
    "Votre téléphone portable, si vous en avez un.",
  "Online Scam Help":
    "Aide contre les arnaques en ligne",
  "Got a strange message or lost money online? We help you block, report and protect your accounts, step by step.":
    "Vous avez reçu un message bizarre ou perdu de l’argent en ligne ? Nous vous aidons à bloquer, signaler et protéger vos comptes, pas à pas.",
  "Anyone.":
    "Tout le monde.",
  "Call or come on Thursday morning. Bring the phone or card involved.":
    "Appelez ou venez le jeudi matin. Apportez le téléphone ou la carte concernés.",
  "Youth Digital Lab":
    "Atelier numérique jeunes",
  "Free workshops for young people: video editing, coding, online job applications and staying safe on social media.":
    "Des ateliers gratuits pour les jeunes : montage vidéo, programmation, candidatures en ligne et sécurité sur les réseaux sociaux.",
  "Sign up at La Brújula or by SMS.":
    "Inscrivez-vous à La Brújula ou par SMS.",
  "Registering at the town hall is your right":
    "S’inscrire à la mairie est votre droit",
  "Everyone who lives in Valdemar can register their address at the town hall, with or without residence papers, and even without a rental contract. Registration opens the door to health care, school and social services.":
    "Toute personne qui vit à Valdemar peut inscrire son adresse à la mairie, avec ou sans titre de séjour, et même sans bail de location. L’inscription ouvre l’accès aux soins, à l’école et aux services sociaux.",
  "Everyone living in Valdemar.":
    "Toutes les personnes qui vivent à Valdemar.",
  "Go to the Citizen Service Office. If you have no fixed home, social services can register you at their address.":
    "Allez au Bureau d’accueil des citoyens. Si vous n’avez pas de domicile fixe, les services sociaux peuvent vous inscrire à leur adresse.",
  "Rental contract or authorisation from the person who lives there.":
    "Bail de location ou autorisation de la personne qui vit dans le logement.",
  "Health care is for everyone":
    "Les soins de santé sont pour tout le monde",
  "Everyone living in Valdemar has the right to public health care, including people without residence papers. Urgent care, pregnancy care and care for children are always free.":
    "Toute personne qui vit à Valdemar a droit aux soins de santé publics, y compris les personnes sans titre de séjour. Les urgences, le suivi de grossesse et les soins aux enfants sont toujours gratuits.",
  "Ask the social worker at your health centre for a health card.":
    "Demandez une carte de santé à l’assistante sociale de votre centre de santé.",
  "Minimum income":
    "Revenu minimum",
  "If your household has little or no income, you may receive a monthly payment to cover basic needs. It is compatible with a small job.":
    "Si votre foyer a peu ou pas de revenus, vous pouvez recevoir un paiement mensuel pour couvrir les besoins de base. Il est compatible avec un petit travail.",
  "Adults with one year of legal residence whose household income is below the minimum.":
    "Adultes avec un an de séjour légal et des revenus du foyer sous le minimum.",
  "Apply with help at the Benefits Office or your social services centre. The answer comes within six months; if it is yes, it is paid from the month after you applied.":
    "Faites la demande avec de l’aide au Bureau des prestations ou à votre centre de services sociaux. La réponse arrive en six mois ; si c’est oui, le paiement commence le mois qui suit la demande.",
  "Help in an emergency":
    "Aide en cas d’urgence",
  "If you cannot pay for something essential (rent, electricity, food, glasses), the city can give you a one-off emergency grant.":
    "Si vous ne pouvez pas payer une chose indispensable (loyer, électricité, nourriture, lunettes), la ville peut vous donner une aide d’urgence ponctuelle.",
  "People registered in Valdemar in a situation of need.":
    "Personnes inscrites à Valdemar qui sont dans le besoin.",
  "Ask your social worker. Urgent cases are decided within a week.":
    "Demandez à votre travailleur social. Les cas urgents sont décidés en une semaine.",
  "The bill you need to pay.":
    "La facture que vous devez payer.",
  "Help to pay the rent":
    "Aide pour payer le loyer",
  "If the rent takes more than a third of your income, the city can pay part of it every month for up to a year.":
    "Si le loyer prend plus d’un tiers de vos revenus, la ville peut en payer une partie chaque mois pendant un an au plus.",
  "Tenants registered in Valdemar for six months, with a contract in their name.":
    "Locataires inscrits à Valdemar depuis six mois, avec un bail à leur nom.",
  "Apply at the Housing Advice Office, any time of year.":
    "Faites la demande au Bureau d’information sur le logement, à tout moment de l’année.",
  "Nobody can put you out without a judge":
    "Personne ne peut vous mettre dehors sans un juge",
  "Your landlord cannot change the locks, cut the water or put you out of your home without a court order. If there are children or vulnerable people, the court must inform social services, and the eviction can be postponed.":
    "Votre propriétaire ne peut pas changer les serrures, couper l’eau ou vous mettre dehors sans une décision du tribunal. S’il y a des enfants ou des personnes vulnérables, le tribunal doit prévenir les services sociaux, et l’expulsion peut être reportée.",
  "All tenants and occupants.":
    "Tous les locataires et occupants.",
  "As soon as you receive a court letter, ask for a free lawyer: you have only a few days to answer.":
    "Dès que vous recevez une lettre du tribunal, demandez un avocat gratuit : vous n’avez que quelques jours pour répondre.",
  "Discount on your electricity bill":
    "Réduction sur votre facture d’électricité",
  "Households with low income, large families and people receiving certain benefits pay less for electricity with the social discount. While you are protected, your electricity cannot be cut for debts.":
    "Les foyers à faibles revenus, les familles nombreuses et les personnes qui touchent certaines prestations paient moins cher l’électricité grâce à la réduction sociale. Tant que vous êtes protégé, on ne peut pas vous couper l’électricité pour des dettes.",
  "Households with low income, large families, people with minimum income or a minimum pension.":
    "Foyers à faibles revenus, familles nombreuses, personnes au revenu minimum ou à la pension minimum.",
  "Ask the Energy Advice Point to apply with you; you must be on a regulated tariff.":
    "Demandez au Point conseil énergie de faire la demande avec vous ; vous devez avoir un tarif réglementé.",
  "Your last electricity bill.":
    "Votre dernière facture d’électricité.",
  "A free lawyer if you cannot pay one":
    "Un avocat gratuit si vous ne pouvez pas le payer",
  "If your income is low, the state pays your lawyer and court costs. Women facing violence and victims of trafficking have a free lawyer whatever their income.":
    "Si vos revenus sont faibles, l’État paie votre avocat et les frais de justice. Les femmes victimes de violences et les victimes de traite ont un avocat gratuit quels que soient leurs revenus.",
  "People with income below the limit, and some victims whatever their income.":
    "Personnes aux revenus sous le plafond, et certaines victimes quels que soient leurs revenus.",
  "Apply at the Legal Guidance Service before the deadline of your case.":
    "Faites la demande au Service d’orientation juridique avant la date limite de votre affaire.",
  "The right to understand and be understood":
    "Le droit de comprendre et d’être compris",
  "At the police and in court you have the right to a free interpreter. At the doctor, school and social services, ask for an interpreter or bring a volunteer: you should never have to rely on your children.":
    "À la police et au tribunal, vous avez droit à un interprète gratuit. Chez le médecin, à l’école et aux services sociaux, demandez un interprète ou venez avec un bénévole : vous ne devriez jamais dépendre de vos enfants.",
  "Anyone who does not speak Spanish well, and deaf people (sign language).":
    "Toute personne qui ne parle pas bien l’espagnol, et les personnes sourdes (langue des signes).",
  "Say which language you need when you book. For sign language, ask the Deaf Association three days ahead.":
    "Dites de quelle langue vous avez besoin en prenant rendez-vous. Pour la langue des signes, demandez à l’Association des sourds trois jours avant.",
  "Every child has the right to go to school":
    "Chaque enfant a le droit d’aller à l’école",
  "School is free and compulsory from 6 to 16, for every child living in Valdemar, whatever the papers of the family. Children can join at any time of the year.":
    "L’école est gratuite et obligatoire de 6 à 16 ans pour tout enfant qui vit à Valdemar, quels que soient les papiers de la famille. Les enfants peuvent commencer à tout moment de l’année.",
  "All children aged 3 to 18.":
    "Tous les enfants de 3 à 18 ans.",
  "Ask at the school nearest you, or at the education office of the town hall.":
    "Demandez à l’école la plus proche ou au service de l’éducation de la mairie.",
  "Vaccination record, if you have it.":
    "Carnet de vaccination, si vous l’avez.",
  "School lunch for your children":
    "La cantine pour vos enfants",
  "Families with low income can have school lunches paid in full or in part.":
    "Les familles à faibles revenus peuvent avoir la cantine payée en totalité ou en partie.",
  "Families below the income threshold; all children in foster care.":
    "Familles sous le plafond de revenus ; tous les enfants placés en famille d’accueil.",
  "Apply at school in September, or at any time if your situation changes.":
    "Faites la demande à l’école en septembre, ou à tout moment si votre situation change.",
  "Benefit when you lose your job":
    "Une allocation quand vous perdez votre emploi",
  "If you worked with a contract for at least a year and lost your job, you can receive unemployment benefit. If not, you may receive an allowance.":
    "Si vous avez travaillé avec un contrat pendant au moins un an et perdu votre emploi, vous pouvez toucher l’allocation chômage. Sinon, vous pouvez peut-être toucher une allocation de solidarité.",
  "Workers who lost their job not by their own choice.":
    "Travailleurs qui ont perdu leur emploi sans l’avoir choisi.",
  "Register at the Employment Office and apply within 15 working days.":
    "Inscrivez-vous à l’Agence pour l’emploi et faites la demande dans les 15 jours ouvrables.",
  "Employer's certificate.":
    "Certificat de l’employeur.",
  "Your work must be paid, with or without a contract":
    "Votre travail doit être payé, avec ou sans contrat",
  "Every hour worked must be paid at least the minimum wage, even without a contract and even without papers. You can claim unpaid wages for up to a year.":
    "Chaque heure travaillée doit être payée au moins au salaire minimum, même sans contrat et même sans papiers. Vous pouvez réclamer les salaires impayés pendant un an.",
  "Every worker.":
    "Tout travailleur.",
  "Write down your hours and keep messages. Ask for free advice before signing anything.":
    "Notez vos heures et gardez les messages. Demandez un conseil gratuit avant de signer quoi que ce soit.",
  "Any proof of the work: messages, photos, payments.":
    "Toute preuve du travail : messages, photos, paiements.",
  "Care when you depend on others":
    "De l’aide quand vous dépendez des autres",
  "If you need help every day to wash, eat or move around, you have the right to an assessment and to support: home help, day centre, telecare or money for your carer.":
    "Si vous avez besoin d’aide chaque jour pour vous laver, manger ou vous déplacer, vous avez droit à une évaluation et à des aides : aide à domicile, centre de jour, téléassistance ou argent pour la personne qui s’occupe de vous.",
  "People of any age with a recognised level of dependency.":
    "Personnes de tout âge avec un niveau de dépendance reconnu.",
  "Apply at your social services centre. A professional visits your home.":
    "Faites la demande à votre centre de services sociaux. Un professionnel vient chez vous.",
  "Health report from your doctor.":
    "Compte rendu médical de votre médecin.",
  "Help at the press of a button":
    "De l’aide en appuyant sur un bouton",
  "If you are over 65 or have a disability and spend time alone, you can have a telecare button at home: day and night, someone answers.":
    "Si vous avez plus de 65 ans ou un handicap et passez du temps seul, vous pouvez avoir la téléassistance à la maison : de jour comme de nuit, quelqu’un répond.",
  "People over 65 or with a disability who live alone.":
    "Personnes de plus de 65 ans ou handicapées qui vivent seules.",
  "Ask at your social services centre.":
    "Demandez à votre centre de services sociaux.",
  "The disability certificate and what it gives you":
    "Le certificat de handicap et ce qu’il vous apporte",
  "A recognised disability of 33% or more gives you tax benefits, transport discounts, reserved jobs and some benefits.":
    "Un handicap reconnu de 33 % ou plus vous donne des avantages fiscaux, des réductions dans les transports, des emplois réservés et certaines prestations.",
  "People with a physical, sensory, intellectual or mental health condition.":
    "Personnes avec un problème de santé physique, sensoriel, intellectuel ou psychique.",
  "Apply at the regional assessment centre; Puentes can help you fill in the forms.":
    "Faites la demande au centre d’évaluation régional ; Puentes peut vous aider à remplir les formulaires.",
  "Protection against gender violence":
    "Protection contre les violences faites aux femmes",
  "Women facing violence have the right to information, a free lawyer, psychological support, a safe place and a protection order, with or without a police report and whatever their papers.":
    "Les femmes qui subissent des violences ont droit à l’information, à une avocate gratuite, à un soutien psychologique, à un lieu sûr et à une ordonnance de protection, avec ou sans plainte et quels que soient leurs papiers.",
  "Women facing violence, and their children.":
    "Les femmes qui subissent des violences, et leurs enfants.",
  "Call the 24-hour line at any time. In immediate danger, call 112.":
    "Appelez la ligne 24 h/24 à tout moment. En cas de danger immédiat, appelez le 112.",
  "Asking for international protection":
    "Demander une protection internationale",
  "If you fled your country because your life or freedom is in danger, you can ask for asylum in Spain. While your application is studied, you can stay and, after six months, work.":
    "Si vous avez fui votre pays parce que votre vie ou votre liberté est en danger, vous pouvez demander l’asile en Espagne. Pendant l’examen de votre demande, vous pouvez rester et, après six mois, travailler.",
  "People who fear persecution or serious harm in their country.":
    "Personnes qui craignent des persécutions ou des atteintes graves dans leur pays.",
  "Ask for an appointment as soon as possible; Mar Abierto helps you prepare.":
    "Demandez un rendez-vous le plus tôt possible ; Mar Abierto vous aide à le préparer.",
  "Any proof of what happened to you.":
    "Toute preuve de ce qui vous est arrivé.",
  "Papers after living here for a time":
    "Des papiers après avoir vécu ici un certain temps",
  "After two years living in Spain, you may get residence papers through training, a job offer, family or social ties. Registration at the town hall proves the time you have lived here.":
    "Après deux ans en Espagne, vous pouvez obtenir un titre de séjour par la formation, une offre d’emploi, la famille ou les liens sociaux. L’inscription à la mairie prouve le temps passé ici.",
  "Migrants without papers living in Spain for two years or more.":
    "Personnes migrantes sans papiers qui vivent en Espagne depuis deux ans ou plus.",
  "Ask the Immigration Legal Advice which route fits you before you apply.":
    "Demandez au Conseil juridique en droit des étrangers quelle voie vous convient avant de faire la demande.",
  "Help with the internet for public procedures":
    "De l’aide avec internet pour les démarches publiques",
  "No one should lose a right because they cannot use the internet. Public offices must also attend you in person, and the town hall helps you with online procedures for free.":
    "Personne ne doit perdre un droit parce qu’il ne sait pas utiliser internet. Les administrations doivent aussi vous recevoir en personne, et la mairie vous aide gratuitement pour les démarches en ligne.",
  "Everyone.":
    "Tout le monde.",
  "Ask for in-person attention, or book help at the Citizen Service Office or a library.":
    "Demandez à être reçu en personne, ou prenez rendez-vous pour de l’aide au Bureau d’accueil des citoyens ou dans une bibliothèque.",
  "Nobody should go hungry":
    "Personne ne devrait avoir faim",
  "If you cannot afford food, there is a hot meal every day at San Martín without questions, and food boxes from the Food Bank for your household.":
    "Si vous n’avez pas de quoi acheter à manger, il y a un repas chaud chaque jour à San Martín sans questions, et des colis de la Banque alimentaire pour votre foyer.",
  "Anyone in need.":
    "Toute personne dans le besoin.",
  "Go to San Martín today; ask a social worker for a Food Bank referral.":
    "Allez à San Martín aujourd’hui ; demandez à un travailleur social une orientation vers la Banque alimentaire.",
  "Children have the right to be safe":
    "Les enfants ont le droit d’être en sécurité",
  "Every child has the right to be protected from violence, neglect and bullying. Any adult who knows a child is in danger must tell someone who can help.":
    "Chaque enfant a le droit d’être protégé contre la violence, la négligence et le harcèlement. Tout adulte qui sait qu’un enfant est en danger doit le dire à quelqu’un qui peut aider.",
  "Every child and teenager.":
    "Chaque enfant et chaque adolescent.",
  "Call the Children and Teenagers' Help Line. In danger, call 112.":
    "Appelez la Ligne d’aide aux enfants et aux adolescents. En cas de danger, appelez le 112.",
};
