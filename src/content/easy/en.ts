// Easy-read texts of the demo directory in English. See easy-texts.ts for the rules.
import type { EasyDocuments, EasyTexts } from './easy-texts';

export const en: EasyTexts = {
  'housing-advice-office': {
    what: ["We help you with questions about your home.", "We explain renting and social housing.", "We help you fill in the form for a social home."],
    who: ["Everyone who lives or works in Valdemar."],
    how: ["Come when we are open.", "Or call us to make an appointment."],
  },
  'rent-grant': {
    what: ["The city can pay part of your rent.", "You get money every month.", "You can get it for one year at most."],
    who: ["You rent your home.", "You live in Valdemar for 6 months or more.", "The rent costs a lot for your family."],
    how: ["Ask at the Housing Advice Office.", "Or ask on the internet.", "You get an answer in 2 months."],
  },
  'eviction-support': {
    what: ["Maybe you must leave your home.", "We tell you your rights.", "We go with you to the court.", "We talk to the owner of your home."],
    who: ["People who rent a home.", "People who live in a home without a contract."],
    how: ["Come on Tuesday or Thursday in the evening.", "Bring all the letters you got."],
  },
  'night-shelter': {
    what: ["A bed for the night.", "You get dinner, a shower and breakfast.", "There are places only for women.", "You can bring your pet."],
    who: ["Adults who have no place to sleep tonight.", "You do not need papers."],
    how: ["Come to the door between 8 and 11 in the evening."],
  },
  'day-centre-refugio': {
    what: ["A warm place in the day.", "You can take a shower and wash your clothes.", "You get lunch.", "You can get your letters here."],
    who: ["People who sleep in the street.", "People who may lose their home."],
    how: ["Just come in.", "Lunch is at half past one."],
  },
  'food-bank-distribution': {
    what: ["You get a box of food every 2 weeks.", "There is rice, milk, oil and more.", "You can ask for baby food and nappies."],
    who: ["Families with very little money.", "A social worker can send you."],
    how: ["The first time, bring your papers.", "Then you get your box on your day."],
  },
  'san-martin-meals': {
    what: ["You get a hot lunch every day.", "On weekdays you can take dinner home.", "There is food without meat and halal food."],
    who: ["Everyone who needs a meal."],
    how: ["Come to the door.", "Nobody asks you questions."],
  },
  'el-muelle-pantry': {
    what: ["A shop for families with little money.", "You choose your food and clothes.", "You pay with points, not money."],
    who: ["Families with children who live near the harbour."],
    how: ["Come on Saturday morning to talk with us.", "You get your points card the same day."],
  },
  'school-meals-grant': {
    what: ["The city pays for school lunch.", "It can pay all of it or a part."],
    who: ["Families with little money.", "Children who live with a foster family."],
    how: ["Ask at your child's school in September.", "You can also ask later if your life changes."],
  },
  'social-services-centre-centro': {
    what: ["The first place to go when you need help.", "A social worker listens to you.", "The social worker helps you ask for money and help at home."],
    who: ["People who live in the city centre, El Puerto or La Arena."],
    how: ["Call us to make an appointment.", "If it is urgent, come in the morning."],
  },
  'social-services-centre-sur': {
    what: ["Social workers for the south of the city.", "They help you ask for money and help at home.", "They help families."],
    who: ["People who live in La Calzada, Contrueces or Pumarín Sur."],
    how: ["Call us to make an appointment.", "If it is urgent, come in the morning."],
  },
  'emergency-social-grant': {
    what: ["Money for something you must pay now.", "For example the electricity bill or the rent.", "You get this money one time."],
    who: ["People who live in Valdemar.", "People who cannot pay for something they really need."],
    how: ["Ask your social worker.", "We answer in one week if it is urgent."],
  },
  'minimum-income-help': {
    what: ["We help you ask for money every month.", "This money is for families with very little money."],
    who: ["Adults who live in Spain with papers for one year or more.", "Families with very little money."],
    how: ["Call us to make an appointment.", "We fill in the form with you."],
  },
  'debt-advice': {
    what: ["Do you owe money?", "We look at your bills with you.", "We help you make a plan to pay.", "We help you complain."],
    who: ["Everyone who lives in Valdemar."],
    how: ["Call or write to us to make an appointment.", "Bring all your papers and letters."],
  },
  'energy-bills-help': {
    what: ["We read your electricity and gas bills with you.", "We help you pay less.", "We stop them from cutting off your electricity."],
    who: ["All families in Valdemar."],
    how: ["Come on Tuesday or Thursday morning.", "You can also call us."],
  },
  'clothes-bank': {
    what: ["You get clean clothes and shoes.", "There are sheets and blankets too.", "From November there are winter coats."],
    who: ["Everyone who needs clothes."],
    how: ["Come when we are open.", "You can come 2 times a month."],
  },
  'job-seeker-registration': {
    what: ["You tell the office that you look for work.", "You can ask for money when you lose your job.", "You can see jobs."],
    who: ["People who have no job.", "People who want a new job.", "You need papers that let you work."],
    how: ["Call us or use the internet to make an appointment.", "Ask for the money soon after you lose your job."],
  },
  'employment-guidance': {
    what: ["We help you look for work.", "We help you write about your work and studies.", "We help you get ready to talk to a boss."],
    who: ["People who told the office that they look for work."],
    how: ["Ask us when you sign up.", "Or call us to make an appointment."],
  },
  'youth-compass': {
    what: ["Ask us anything.", "For example about work, studies, drugs or love.", "We find a person who can help you."],
    who: ["Young people from 14 to 30 years old."],
    how: ["Come in, call us or send a text message.", "We keep it secret."],
  },
  'vocational-courses': {
    what: ["Free courses to learn a job.", "For example cooking, cleaning or caring for people.", "You work in a company and get paid."],
    who: ["Adults who look for work."],
    how: ["Come to a meeting on the first Monday of the month.", "The meeting is at 10 in the morning."],
  },
  'literacy-and-spanish': {
    what: ["Learn to read and write.", "Learn Spanish from the start.", "You learn in small groups."],
    who: ["Everyone over 16 years old.", "You do not need papers."],
    how: ["Sign up at the school office.", "New groups start in September, January and April."],
  },
  'job-club-library': {
    what: ["Every week we look for jobs together.", "You can use the computer and the printer for free.", "You can practise talking to a boss."],
    who: ["Everyone who looks for work."],
    how: ["Come on Wednesday afternoon."],
  },
  'health-centre-el-puerto': {
    what: ["Doctors and nurses for you and your children.", "You can get vaccines here.", "A social worker helps you get a health card."],
    who: ["Everyone who lives near El Puerto.", "Everyone can come when it is urgent."],
    how: ["Call us or ask at the desk for an appointment.", "If it is urgent, use the urgent door."],
  },
  'health-card-help': {
    what: ["A health card lets you see a doctor for free.", "The social worker helps you get a health card.", "You can get it without papers."],
    who: ["Everyone in Valdemar who has no health card."],
    how: ["Ask for an appointment at the desk.", "Or call us."],
  },
  'addiction-support': {
    what: ["Help with alcohol, drugs, gambling or screens.", "You can talk to a psychologist.", "We help your family too."],
    who: ["Everyone over 14 years old and their family."],
    how: ["Call us or come in.", "We see you within one week."],
  },
  'mental-health-listening': {
    what: ["You can call and talk.", "We listen to you.", "We do not judge you.", "If you are in danger, call 112."],
    who: ["Everyone who needs to talk."],
    how: ["Call us in the evening.", "We are there every day."],
  },
  'mental-health-groups': {
    what: ["Groups for people who feel anxious or very sad.", "You meet people like you every week.", "There is a group for families too."],
    who: ["Adults."],
    how: ["Call us first."],
  },
  'free-legal-guidance': {
    what: ["A lawyer explains your problem to you.", "The lawyer helps you get a free lawyer."],
    who: ["Everyone."],
    how: ["Come in the morning from Monday to Friday.", "Come before 12 o'clock."],
  },
  'immigration-legal-advice': {
    what: ["Lawyers help you with your papers.", "For example papers to live and work in Spain."],
    who: ["Migrants who live in Valdemar."],
    how: ["Call us to make an appointment.", "Bring all your papers."],
  },
  'workers-rights-advice': {
    what: ["Did your boss not pay you?", "Did you lose your job?", "A lawyer tells you what you can do."],
    who: ["Every worker.", "Also workers without a contract."],
    how: ["Call us to make an appointment.", "After you lose your job, call us fast."],
  },
  'consumer-complaints': {
    what: ["We help you complain to a company.", "For example a bank or a phone company."],
    who: ["Everyone who lives in Valdemar."],
    how: ["Come with your papers.", "Or send them to us by email."],
  },
  'sexual-health-clinic': {
    what: ["Help with sex and pregnancy.", "You can get tests and advice.", "Nobody else gets to know."],
    who: ["Everyone over 14 years old.", "Young people can come alone."],
    how: ["Come on Tuesday afternoon.", "Or call us to make an appointment."],
  },
  'family-support-las-dunas': {
    what: ["Help for your family at home.", "A person comes to your home.", "They help with school, rules and fights at home."],
    who: ["Families with children who live in Valdemar."],
    how: ["Call us.", "Or ask your social worker."],
  },
  'family-mediation': {
    what: ["Parents who split up can talk here.", "A person helps them agree about the children.", "You do not need to go to court."],
    who: ["Couples who split up.", "Families who fight."],
    how: ["Call us to make an appointment."],
  },
  'early-childhood-group': {
    what: ["Parents and babies meet and play.", "A nurse answers your questions about your baby."],
    who: ["Parents with a child under 3 years old."],
    how: ["Come on Friday morning."],
  },
  'los-pinos-afterschool': {
    what: ["A place for children after school.", "Children get a snack and help with homework.", "Children play while parents work."],
    who: ["Children from 6 to 16 years old."],
    how: ["Ask us for a place.", "Or ask your social worker."],
  },
  'homework-help-el-muelle': {
    what: ["Volunteers help children with homework.", "They help with reading and maths.", "The room is quiet."],
    who: ["Children and teenagers who live near the harbour."],
    how: ["Parents come on Monday to sign up their child."],
  },
  'lgbti-support': {
    what: ["A safe place for lesbian, gay, bi and trans people.", "You can talk to people like you.", "We help your family too."],
    who: ["Lesbian, gay, bi and trans people and their families."],
    how: ["Come on Thursday evening.", "We keep it secret."],
  },
  'la-atalaya-centre': {
    what: ["A place to meet people.", "You can do activities and eat lunch.", "You do not have to be alone."],
    who: ["People over 60 years old in Valdemar."],
    how: ["Come with your identity card.", "You get a free member card."],
  },
  'home-help': {
    what: ["A person comes to your home to help you.", "They help you wash, eat, clean and shop."],
    who: ["Older people and people with a disability."],
    how: ["Ask at your social services centre.", "A social worker comes to see you."],
  },
  'telecare': {
    what: ["A button you wear.", "Press it when you need help.", "A person answers day and night."],
    who: ["People over 65 who live alone.", "People with a disability who live alone."],
    how: ["Ask at your social services centre."],
  },
  'loneliness-phone-friends': {
    what: ["A volunteer calls you every week.", "You can talk together.", "The volunteer can also visit you."],
    who: ["Older people who feel alone."],
    how: ["Call us.", "Someone can also call for you."],
  },
  'carers-support': {
    what: ["Do you care for someone in your family?", "You can meet other people like you.", "You can learn how to care.", "You can get a rest."],
    who: ["Everyone who cares for a family member."],
    how: ["Call us."],
  },
  'dependency-assessment': {
    what: ["Someone checks how much help you need every day.", "Then you can get help at home.", "Or money for the person who cares for you."],
    who: ["People who need help every day."],
    how: ["Ask at your social services centre.", "A person comes to your home."],
  },
  'easy-read-advice': {
    what: ["We explain letters and forms in easy words.", "We can go with you to meetings."],
    who: ["People who find reading hard."],
    how: ["Come in or call us.", "You can bring a person you trust."],
  },
  'supported-employment': {
    what: ["A coach helps you find a job.", "The coach helps you at work."],
    who: ["People with a disability who want to work."],
    how: ["Call us."],
  },
  'sign-language-interpreting': {
    what: ["A sign language interpreter comes with you.", "For example to the doctor or the bank."],
    who: ["Deaf people."],
    how: ["Ask us 3 days before.", "Send a text message, a video call or an email."],
  },
  'disability-certificate-help': {
    what: ["The disability certificate helps you get discounts and money.", "We explain it to you.", "We help you ask for it."],
    who: ["People with a disability or a long illness."],
    how: ["Call us to make an appointment.", "Bring your health papers."],
  },
  'newcomers-welcome': {
    what: ["Information in your language.", "We explain how to see a doctor and go to school.", "We tell you where to learn Spanish."],
    who: ["People who just came to Valdemar."],
    how: ["Just come in.", "Tell us if you need an interpreter."],
  },
  'asylum-reception': {
    what: ["Did you ask for protection in Spain?", "We give you a home and some money.", "You can learn Spanish and see a lawyer."],
    who: ["People who ask for protection in Spain."],
    how: ["Call us or come in."],
  },
  'ukraine-help-desk': {
    what: ["Help for people from Ukraine.", "We help with papers, school, work and a home.", "We speak Ukrainian."],
    who: ["People who came from Ukraine."],
    how: ["Come on Monday or Wednesday.", "Or send a text message."],
  },
  'registration-help': {
    what: ["Put your address on the town hall list.", "With this you can see a doctor and go to school.", "You can do it without a rent contract."],
    who: ["Everyone who lives in Valdemar.", "Also people without papers or a home."],
    how: ["Come in or make an appointment.", "No home?", "Social services can help you."],
  },
  'interpreting-volunteers': {
    what: ["A volunteer speaks your language.", "The volunteer comes with you to the doctor or school."],
    who: ["People who do not speak Spanish well yet."],
    how: ["Call us or send a text message.", "Ask us 2 days before."],
  },
  'violence-24h-line': {
    what: ["Is someone hurting you?", "Call us day and night.", "We listen to you and help you.", "The call is free."],
    who: ["Women who are hurt.", "People who worry about a woman."],
    how: ["Call or send a text message at any time.", "If you are in danger now, call 112."],
  },
  'womens-centre-advice': {
    what: ["A lawyer and a psychologist for women.", "We help women who are hurt.", "We go with you to the police."],
    who: ["Women who live in Valdemar."],
    how: ["Call us or come in.", "You do not have to say your name."],
  },
  'emergency-social-service': {
    what: ["Help when social services are closed.", "For example at night or at the weekend."],
    who: ["Everyone in Valdemar who needs help now."],
    how: ["Call at night, at the weekend or on holidays."],
  },
  'child-protection-line': {
    what: ["Is someone hurting you?", "Are you scared?", "Call us or send a text message."],
    who: ["Children and teenagers.", "Adults who worry about a child."],
    how: ["Call or send a text message every day.", "We are there from 9 in the morning to midnight."],
  },
  'hate-crime-support': {
    what: ["Did someone hurt you because of who you are?", "We help you tell the police.", "We help you after."],
    who: ["Everyone this happened to.", "People who saw it."],
    how: ["Call us or send a text message."],
  },
  'library-computers': {
    what: ["You can use computers and the internet for free.", "There is a printer too.", "Staff help you."],
    who: ["Everyone."],
    how: ["Come in and ask at the desk."],
  },
  'digital-skills-course': {
    what: ["Learn to use a smartphone.", "You learn to call, send messages and take photos.", "You learn to stay safe."],
    who: ["Everyone who is new to smartphones."],
    how: ["Call us.", "A new course starts every month."],
  },
  'donated-devices': {
    what: ["You can get a free phone or computer.", "You get a free card with internet for 6 months."],
    who: ["People who have no phone or computer."],
    how: ["Ask your social worker."],
  },
  'online-procedures-help': {
    what: ["We help you with forms on the internet.", "We help you make an appointment at an office."],
    who: ["Everyone who lives in Valdemar."],
    how: ["Call us to make an appointment.", "Or come in early."],
  },
  'scam-help': {
    what: ["Did you get a strange message?", "Did you lose money on the internet?", "We help you step by step."],
    who: ["Everyone."],
    how: ["Call us or come on Thursday morning.", "Bring your phone or your card."],
  },
  'youth-digital-lab': {
    what: ["Free classes for young people.", "You learn to make videos and apps.", "You learn to stay safe online."],
    who: ["Young people."],
    how: ["Sign up at La Brújula.", "Or send a text message."],
  },
  'right-to-register': {
    what: ["You can put your address on the town hall list.", "You can do this without papers.", "With this you can see a doctor and go to school."],
    who: ["Everyone who lives in Valdemar."],
    how: ["Go to the Citizen Service Office.", "No home?", "Social services can help you."],
  },
  'right-to-health-care': {
    what: ["Everyone in Valdemar can see a doctor.", "Also people without papers.", "Help for children and pregnant women is always free."],
    who: ["Everyone who lives in Valdemar."],
    how: ["Ask for a health card at your health centre."],
  },
  'right-to-minimum-income': {
    what: ["Do you have very little money?", "You can get money every month.", "You can have a small job too."],
    who: ["Adults who live in Spain with papers for one year."],
    how: ["Ask for help at the Benefits Office.", "You get an answer in 6 months."],
  },
  'right-to-emergency-help': {
    what: ["You cannot pay for something you really need?", "The city can give you money one time."],
    who: ["People who live in Valdemar."],
    how: ["Ask your social worker.", "Urgent cases get an answer in one week."],
  },
  'right-to-rent-help': {
    what: ["Does the rent cost too much?", "The city can pay part of your rent."],
    who: ["People who rent a home in Valdemar."],
    how: ["Ask at the Housing Advice Office."],
  },
  'right-against-eviction': {
    what: ["The owner cannot throw you out of your home.", "Only a judge can decide that.", "The owner cannot cut your water."],
    who: ["Everyone who lives in a rented home."],
    how: ["Did you get a letter from the court?", "Ask for a free lawyer at once."],
  },
  'right-to-energy-discount': {
    what: ["You can pay less for electricity.", "The company cannot cut off your electricity when you are protected."],
    who: ["Families with little money.", "Big families."],
    how: ["Ask the Energy Advice Point for help."],
  },
  'right-to-free-lawyer': {
    what: ["You have little money?", "You can get a lawyer for free.", "Women who are hurt always get a free lawyer."],
    who: ["People with little money."],
    how: ["Ask at the Legal Guidance Service.", "Ask soon."],
  },
  'right-to-interpreter': {
    what: ["You have the right to understand.", "At the police and in court, you get an interpreter for free.", "Your children should not be your interpreters."],
    who: ["People who do not speak Spanish well.", "Deaf people."],
    how: ["Say your language when you make an appointment."],
  },
  'right-to-school': {
    what: ["Every child can go to school.", "School is free.", "Papers do not matter."],
    who: ["All children from 3 to 18 years old."],
    how: ["Ask at the school near you."],
  },
  'right-to-school-meals': {
    what: ["The city can pay for school lunch.", "This is for families with little money."],
    who: ["Families with little money."],
    how: ["Ask at the school in September."],
  },
  'right-to-unemployment-benefit': {
    what: ["Did you lose your job?", "You can get money every month."],
    who: ["Workers who lost their job."],
    how: ["Go to the Employment Office.", "Ask in the first 15 days."],
  },
  'right-to-fair-pay': {
    what: ["Your boss must pay you for your work.", "Also without a contract.", "Also without papers."],
    who: ["Every worker."],
    how: ["Write down your hours.", "Keep your messages.", "Ask for advice before you sign."],
  },
  'right-to-dependency-care': {
    what: ["Do you need help every day?", "For example to wash, eat or walk?", "You can get help at home."],
    who: ["People who need help every day."],
    how: ["Ask at your social services centre."],
  },
  'right-to-telecare': {
    what: ["A button at home to call for help.", "A person answers day and night."],
    who: ["People over 65 who live alone.", "People with a disability who live alone."],
    how: ["Ask at your social services centre."],
  },
  'right-to-disability-certificate': {
    what: ["The disability certificate gives you help.", "For example discounts on the bus and help to find work."],
    who: ["People with a disability."],
    how: ["Ask for it.", "Puentes can help you fill in the forms."],
  },
  'right-to-protection-from-violence': {
    what: ["Is someone hurting you?", "You have the right to help and a safe place.", "You get a free lawyer."],
    who: ["Women who are hurt and their children."],
    how: ["Call the 24-hour line.", "If you are in danger now, call 112."],
  },
  'right-to-asylum': {
    what: ["Did you run away from danger in your country?", "You can ask Spain for protection."],
    who: ["People who are in danger in their country."],
    how: ["Ask for an appointment soon.", "Mar Abierto can help you."],
  },
  'right-to-residence-through-roots': {
    what: ["Do you live in Spain without papers?", "After 2 years you may get papers."],
    who: ["Migrants who live in Spain for 2 years or more."],
    how: ["Ask a lawyer first."],
  },
  'right-to-digital-help': {
    what: ["You can do things at offices in person.", "You do not need the internet.", "The town hall helps you with the internet."],
    who: ["Everyone."],
    how: ["Ask at the Citizen Service Office or a library."],
  },
  'right-to-food': {
    what: ["Nobody should be hungry.", "You can eat a hot meal every day for free."],
    who: ["Everyone who needs food."],
    how: ["Go to San Martín today."],
  },
  'right-to-child-protection': {
    what: ["Every child must be safe.", "Nobody may hurt a child.", "If you know a child is in danger, tell someone."],
    who: ["Every child and teenager."],
    how: ["Call the Children and Teenagers' Help Line.", "If a child is in danger now, call 112."],
  },
};

/** What to bring, in easy words, keyed by the standard English text of the document. */
export const enDocuments: EasyDocuments = {
  'Identity document: DNI, NIE or passport (any of them, even expired).': 'Your identity card, your foreigner card or your passport. An old one is fine too.',
  'Certificate of registration in Valdemar (empadronamiento), if you have it.': 'The paper that says you live in Valdemar, if you have it.',
  "Proof of the household's income in the last three months (payslips, benefit letters).": 'Papers that show the money your family got in the last 3 months.',
  'Rental contract and the last rent receipts.': 'Your rent contract and the papers that show you paid the rent.',
  'Bank account details (IBAN) in your name.': 'The number of your bank account.',
  'Any letters or papers about your problem.': 'All the letters and papers about your problem.',
  'Nothing. Come as you are.': 'You do not need to bring anything.',
  'Referral letter from social services, if you have one.': 'The letter from social services, if you have one.',
  "Family book or children's birth certificates.": 'Your family book or the birth papers of your children.',
  'The bill or quote you need to pay.': 'The bill you need to pay.',
  'Your latest bank statements.': 'The last papers from your bank.',
  'Your last electricity and gas bills.': 'Your last bills for electricity and gas.',
  "Your employer's certificate of end of contract.": 'The paper from your boss that says your job ended.',
  'Your job-seeker card.': 'Your card from the job office.',
  'Health card, if you have one.': 'Your health card, if you have one.',
  'Payslips, contract and the dismissal letter, if any.': 'Your pay papers, your work contract and the letter that ended your job.',
  'The contract, invoice or receipt, and any messages with the company.': 'The contract, the bill and all messages with the company.',
  'Health reports, if you have them.': 'Papers from your doctor, if you have them.',
  'Recent health report from your doctor.': 'A new paper from your doctor about your health.',
  'Disability certificate.': 'The paper that says you have a disability.',
  'Health reports.': 'Papers from your doctor.',
  'Your asylum application paper or appointment, if you have it.': 'Your paper from asking for protection, or your appointment, if you have it.',
  'Rental contract, or a signed authorisation from the owner or the main tenant.': 'Your rent contract, or a signed letter from the owner of the home.',
  'Referral form.': 'The paper that sends you to us.',
  'Your mobile phone, if you have one.': 'Your mobile phone, if you have one.',
  'Rental contract or authorisation from the person who lives there.': 'Your rent contract, or a signed letter from the person who lives there.',
  'The bill you need to pay.': 'The bill you need to pay.',
  'Your last electricity bill.': 'Your last bill for electricity.',
  'Vaccination record, if you have it.': 'The paper with your vaccines, if you have it.',
  "Employer's certificate.": 'A paper from your boss about your job.',
  'Any proof of the work: messages, photos, payments.': 'Anything that shows you did the work. For example messages, photos or payments.',
  'Health report from your doctor.': 'A paper from your doctor about your health.',
  'Any proof of what happened to you.': 'Anything that shows what happened to you.',
};
