// Portuguese texts of the demo directory, keyed by the English text each one translates.
import type { Catalog } from './catalog';

export const pt: Catalog = {
  "Valdemar City Social Services":
    "Serviços Sociais Municipais de Valdemar",
  "The city council's social services: first point of contact for anyone who needs support, with social workers in every district.":
    "Os serviços sociais da câmara municipal: o primeiro contacto para quem precisa de apoio, com assistentes sociais em cada bairro.",
  "Valdemar Municipal Housing Agency":
    "Agência Municipal de Habitação de Valdemar",
  "Manages the city's social rented homes, rent grants and the housing register.":
    "Gere as casas sociais da cidade, os apoios à renda e o registo de pedidos de habitação.",
  "Valdemar Tenants' Association":
    "Associação de Inquilinos de Valdemar",
  "Volunteers and lawyers who help tenants with rent rises, repairs and evictions.":
    "Voluntários e advogados que ajudam os inquilinos com aumentos de renda, reparações e despejos.",
  "El Refugio Municipal Shelter":
    "Albergue Municipal El Refugio",
  "Night shelter and day centre for people sleeping rough.":
    "Albergue noturno e centro de dia para pessoas sem-abrigo.",
  "Valdemar Food Bank Foundation":
    "Fundação Banco Alimentar de Valdemar",
  "Collects food from shops and producers and shares it out through local groups.":
    "Recolhe alimentos de lojas e produtores e distribui-os através de associações locais.",
  "San Martín Community Kitchen":
    "Cantina Social San Martín",
  "A community kitchen run by neighbours since 1987: hot meals, no questions asked.":
    "Uma cantina social gerida por vizinhos desde 1987: refeições quentes, sem perguntas.",
  "El Muelle Neighbourhood Association":
    "Associação de Moradores El Muelle",
  "Neighbours of the harbour district organising food, clothes and homework help.":
    "Moradores do bairro do porto que organizam alimentos, roupa e apoio aos trabalhos de casa.",
  "Municipal Consumer Office":
    "Gabinete Municipal do Consumidor",
  "Free advice on bills, debts, banks and complaints against companies.":
    "Aconselhamento gratuito sobre faturas, dívidas, bancos e reclamações contra empresas.",
  "Valdemar Energy Advice Point":
    "Ponto de Aconselhamento Energético de Valdemar",
  "Helps households cut their energy bills and claim the discounts they are entitled to.":
    "Ajuda as famílias a baixar as faturas de energia e a pedir os descontos a que têm direito.",
  "Valdemar Benefits Office":
    "Gabinete de Prestações de Valdemar",
  "Public office where you apply for income support, pensions and family benefits.":
    "Serviço público onde se pede o rendimento mínimo, as pensões e as prestações familiares.",
  "Valdemar Employment Office":
    "Centro de Emprego de Valdemar",
  "Public employment service: job-seeker registration, unemployment benefit and job offers.":
    "Serviço público de emprego: inscrição como candidato a emprego, subsídio de desemprego e ofertas de emprego.",
  "La Brújula Youth Information Centre":
    "Centro de Informação Juvenil La Brújula",
  "Connects young people aged 14 to 30 with local experts: jobs, training, legal advice, addictions and housing.":
    "Põe jovens dos 14 aos 30 anos em contacto com especialistas locais: emprego, formação, apoio jurídico, dependências e habitação.",
  "Puerto Nuevo Vocational Training Centre":
    "Centro de Formação Profissional Puerto Nuevo",
  "Free vocational courses with work placements in local businesses.":
    "Cursos de formação profissional gratuitos com estágios em empresas locais.",
  "Mareas Adult Education School":
    "Escola de Adultos Mareas",
  "Reading, writing, Spanish for newcomers and secondary school diplomas for adults.":
    "Leitura, escrita, espanhol para recém-chegados e diploma do ensino secundário para adultos.",
  "El Puerto Health Centre":
    "Centro de Saúde El Puerto",
  "Public health centre: family doctors, nurses, midwives and a social worker.":
    "Centro de saúde público: médicos de família, enfermeiros, parteiras e uma assistente social.",
  "Faro Addiction Support Association":
    "Associação Faro de Apoio nas Dependências",
  "Support for people with alcohol, drug or gambling problems, and for their families.":
    "Apoio a pessoas com problemas de álcool, drogas ou jogo, e às suas famílias.",
  "Mente Abierta Mental Health Association":
    "Associação de Saúde Mental Mente Abierta",
  "Peer support groups and a listening line for people living with mental health problems.":
    "Grupos de entreajuda e uma linha de escuta para pessoas que vivem com problemas de saúde mental.",
  "Legal Guidance Service of the Valdemar Bar":
    "Serviço de Orientação Jurídica da Ordem dos Advogados de Valdemar",
  "Lawyers who explain your case and help you apply for a free lawyer.":
    "Advogados que lhe explicam o seu caso e o ajudam a pedir um advogado gratuito.",
  "Las Dunas Family Support Centre":
    "Centro de Apoio às Famílias Las Dunas",
  "Support for parents and children: parenting, mediation and early childhood.":
    "Apoio a pais e filhos: parentalidade, mediação e primeira infância.",
  "Los Pinos Children's Day Centre":
    "Centro de Dia Infantil Los Pinos",
  "After-school care, meals and homework help for children aged 6 to 16.":
    "Atividades depois da escola, lanche e apoio aos trabalhos de casa para crianças dos 6 aos 16 anos.",
  "La Atalaya Older People's Centre":
    "Centro de Convívio para Idosos La Atalaya",
  "A meeting place for people over 60: activities, lunch, chiropody and company.":
    "Um lugar de encontro para maiores de 60 anos: atividades, almoço, podologia e companhia.",
  "Cuidados del Norte Care Cooperative":
    "Cooperativa de Cuidados Cuidados del Norte",
  "Home care workers' cooperative contracted by the city for home help.":
    "Cooperativa de ajudantes familiares contratada pela câmara para o apoio domiciliário.",
  "Puentes Inclusion Association":
    "Associação Puentes pela Inclusão",
  "People with intellectual disabilities and their families, working for an inclusive city.":
    "Pessoas com deficiência intelectual e as suas famílias, por uma cidade inclusiva.",
  "Valdemar Deaf Association":
    "Associação de Surdos de Valdemar",
  "Sign language interpreting, courses and advice, run by deaf people.":
    "Interpretação em língua gestual, cursos e aconselhamento, geridos por pessoas surdas.",
  "Acogida Valdemar":
    "Acogida Valdemar",
  "Association welcoming migrants: information, Spanish classes and help with paperwork.":
    "Associação de acolhimento de migrantes: informação, aulas de espanhol e ajuda com a papelada.",
  "Mar Abierto Foundation":
    "Fundação Mar Abierto",
  "Reception programme for people seeking international protection.":
    "Programa de acolhimento para pessoas que pedem proteção internacional.",
  "Valdemar Municipal Women's Centre":
    "Centro Municipal da Mulher de Valdemar",
  "Advice, psychological support and legal help for women, and a 24-hour line against violence.":
    "Aconselhamento, apoio psicológico e jurídico para mulheres, e uma linha 24 horas contra a violência.",
  "Arcoíris Valdemar LGBTI Collective":
    "Coletivo LGBTI Arcoíris Valdemar",
  "Support, advice and a safe space for LGBTI people and their families.":
    "Apoio, aconselhamento e um espaço seguro para pessoas LGBTI e as suas famílias.",
  "Valdemar Public Library Network":
    "Rede de Bibliotecas Públicas de Valdemar",
  "Five public libraries with free computers, Wi-Fi and help from staff.":
    "Cinco bibliotecas públicas com computadores gratuitos, Wi-Fi e ajuda dos funcionários.",
  "Conecta Valdemar":
    "Conecta Valdemar",
  "Volunteers teaching digital skills, furthest first: older people, newcomers, people without a device.":
    "Voluntários que ensinam competências digitais, primeiro a quem está mais longe: idosos, recém-chegados, pessoas sem equipamento.",
  "Valdemar Citizen Service Office":
    "Balcão de Atendimento ao Cidadão de Valdemar",
  "The town hall's front desk: registration, certificates and help with online procedures.":
    "O atendimento da câmara municipal: recenseamento no padrón, certidões e ajuda com serviços online.",
  "Red Solidaria Valdemar":
    "Red Solidaria Valdemar",
  "A network of parishes and mosques offering clothes, emergency help and company.":
    "Uma rede de paróquias e mesquitas que oferece roupa, ajuda de emergência e companhia.",
  "Housing Advice Office":
    "Gabinete de Informação sobre Habitação",
  "Advice on renting, social housing, rent grants and what to do if you may lose your home. We help you fill in the housing register form.":
    "Informação sobre arrendamento, habitação social, apoios à renda e o que fazer se pode perder a sua casa. Ajudamos a preencher a inscrição no registo de pedidos de habitação.",
  "Anyone who lives in Valdemar or works here.":
    "Qualquer pessoa que viva ou trabalhe em Valdemar.",
  "Come in during opening hours or call to book a time. Appointments are about 30 minutes.":
    "Venha no horário de atendimento ou ligue para marcar uma hora. Cada marcação dura cerca de 30 minutos.",
  "Identity document: DNI, NIE or passport (any of them, even expired).":
    "Documento de identificação: DNI, NIE ou passaporte (qualquer um, mesmo caducado).",
  "Certificate of registration in Valdemar (empadronamiento), if you have it.":
    "Certificado de inscrição no padrón de Valdemar (empadronamiento), se o tiver.",
  "Proof of the household's income in the last three months (payslips, benefit letters).":
    "Comprovativos dos rendimentos do agregado dos últimos três meses (recibos de vencimento, cartas de prestações).",
  "Free of charge.":
    "Gratuito.",
  "Step-free entrance, lift, accessible toilet and hearing loop at the desk.":
    "Entrada sem degraus, elevador, casa de banho adaptada e anel de indução no balcão.",
  "Rent Grant":
    "Apoio Municipal à Renda",
  "A monthly grant that pays part of your rent for up to 12 months, when the rent takes more than a third of the household's income.":
    "Um apoio mensal que paga parte da sua renda durante até 12 meses, quando a renda ultrapassa um terço dos rendimentos do agregado.",
  "Tenants registered in Valdemar for at least six months, with a rental contract in their name.":
    "Inquilinos inscritos em Valdemar há pelo menos seis meses, com contrato de arrendamento em seu nome.",
  "Apply at the Housing Advice Office or online. The call for applications is open all year; an answer comes within two months.":
    "Peça no Gabinete de Informação sobre Habitação ou online. As candidaturas estão abertas todo o ano; a resposta chega no máximo em dois meses.",
  "Rental contract and the last rent receipts.":
    "Contrato de arrendamento e os últimos recibos de renda.",
  "Bank account details (IBAN) in your name.":
    "Dados de uma conta bancária (IBAN) em seu nome.",
  "Eviction Help Desk":
    "Balcão de Apoio contra Despejos",
  "If you have received an eviction letter or your landlord wants you out, we explain your rights, go with you to court and negotiate with the owner.":
    "Se recebeu uma carta de despejo ou o senhorio o quer pôr fora, explicamos os seus direitos, acompanhamo-lo ao tribunal e negociamos com o proprietário.",
  "Tenants and people living in a home without a contract.":
    "Inquilinos e pessoas que vivem numa casa sem contrato.",
  "Come on Tuesday or Thursday evening. Bring every letter you have received, even if you think it is not important.":
    "Venha à terça ou à quinta à tarde. Traga todas as cartas que recebeu, mesmo que pense que não são importantes.",
  "Any letters or papers about your problem.":
    "Quaisquer cartas ou papéis sobre o seu problema.",
  "First floor without a lift. Staff can meet you on the ground floor: ask when you call.":
    "Primeiro andar sem elevador. Os funcionários podem atendê-lo no rés-do-chão: peça quando ligar.",
  "El Refugio Night Shelter":
    "Albergue Noturno El Refugio",
  "A bed, a shower, dinner and breakfast for people with nowhere to sleep. 40 places, 8 of them for women only. Pets welcome in the yard.":
    "Uma cama, um duche, jantar e pequeno-almoço para quem não tem onde dormir. 40 lugares, 8 deles só para mulheres. Animais de estimação aceites no pátio.",
  "Adults over 18 with nowhere to sleep tonight. No papers needed.":
    "Adultos com mais de 18 anos sem sítio para dormir esta noite. Não são precisos papéis.",
  "Come to the door between 20:00 and 23:00. If it is full, staff will phone the emergency social service for you.":
    "Venha à porta entre as 20:00 e as 23:00. Se estiver cheio, os funcionários ligam por si para o serviço social de emergência.",
  "Nothing. Come as you are.":
    "Nada. Venha como está.",
  "Step-free entrance and accessible toilet.":
    "Entrada sem degraus e casa de banho adaptada.",
  "El Refugio Day Centre":
    "Centro de Dia El Refugio",
  "A warm place during the day: showers, laundry, lunch, a postal address for your letters and a social worker.":
    "Um lugar quente durante o dia: duches, lavandaria, almoço, uma morada para as suas cartas e uma assistente social.",
  "People sleeping rough or in insecure housing.":
    "Pessoas que dormem na rua ou em habitação precária.",
  "Just come in. Lunch is served at 13:30.":
    "Basta entrar. O almoço é servido às 13:30.",
  "Food Bank Distribution Point":
    "Ponto de Distribuição do Banco Alimentar",
  "A box of basic food every two weeks: pulses, rice, oil, milk, tinned fish, fruit and vegetables when there are some. Baby food and nappies on request.":
    "Um cabaz de alimentos básicos de duas em duas semanas: leguminosas, arroz, azeite, leite, conservas de peixe, e fruta e legumes quando há. Comida de bebé e fraldas a pedido.",
  "Households referred by a social worker, or whose income is below the minimum income level.":
    "Agregados encaminhados por um assistente social, ou com rendimentos abaixo do rendimento mínimo.",
  "The first time, come with your documents to register; after that, collect your box on your day.":
    "Na primeira vez, venha com os seus documentos para se inscrever; depois, levante o seu cabaz no seu dia.",
  "Referral letter from social services, if you have one.":
    "Carta de encaminhamento dos serviços sociais, se a tiver.",
  "Entrance by a ramp on the side door; ring the bell and staff will open.":
    "Entrada por uma rampa na porta lateral; toque à campainha e os funcionários abrem.",
  "A hot lunch every day of the year, and a take-away supper on weekdays. Vegetarian and halal options.":
    "Um almoço quente todos os dias do ano, e um jantar para levar nos dias úteis. Opções vegetarianas e halal.",
  "Anyone who needs a meal.":
    "Qualquer pessoa que precise de uma refeição.",
  "Come to the door; there is no list. Take-away supper from 19:00.":
    "Venha à porta; não há lista. Jantar para levar a partir das 19:00.",
  "El Muelle Solidarity Pantry":
    "Mercearia Solidária El Muelle",
  "A pantry run by neighbours where families choose their own food and clothes, like in a shop, with points instead of money.":
    "Uma mercearia gerida por vizinhos onde as famílias escolhem os seus alimentos e roupa, como numa loja, com pontos em vez de dinheiro.",
  "Families living in the harbour district with children under 18.":
    "Famílias do bairro do porto com filhos menores de 18 anos.",
  "Ask for an interview on Saturday morning; you get your points card the same day.":
    "Peça uma entrevista ao sábado de manhã; recebe o cartão de pontos no mesmo dia.",
  "Family book or children's birth certificates.":
    "Livro de família ou certidões de nascimento das crianças.",
  "School Meals Grant":
    "Apoio às Refeições Escolares",
  "Pays all or part of school lunches for children in public schools in Valdemar.":
    "Paga todo ou parte do almoço escolar das crianças das escolas públicas de Valdemar.",
  "Families whose income is below the grant threshold, and all children in foster care.":
    "Famílias com rendimentos abaixo do limite do apoio, e todas as crianças em acolhimento familiar.",
  "Apply at your child's school or at your district social services centre in September; late applications are accepted when your situation changes.":
    "Peça na escola do seu filho ou no centro de serviços sociais do seu bairro em setembro; aceitam-se pedidos fora de prazo quando a sua situação muda.",
  "Social Services Centre — City Centre":
    "Centro de Serviços Sociais — Centro",
  "Your first stop for help. A social worker listens, looks at your whole situation and helps you apply for emergency grants, benefits, home help and other services.":
    "O primeiro passo para pedir ajuda. Um assistente social ouve-o, olha para toda a sua situação e ajuda-o a pedir apoios de emergência, prestações, apoio domiciliário e outros serviços.",
  "Anyone living in the Centro, El Puerto or La Arena districts.":
    "Qualquer pessoa que viva nos bairros Centro, El Puerto ou La Arena.",
  "Call to book an appointment. In an emergency, come in the morning without one.":
    "Ligue para marcar. Numa emergência, venha de manhã sem marcação.",
  "Social Services Centre — South":
    "Centro de Serviços Sociais — Sul",
  "Social workers for the southern districts: emergency grants, benefits, home help and support for families.":
    "Assistentes sociais para os bairros do sul: apoios de emergência, prestações, apoio domiciliário e apoio às famílias.",
  "Anyone living in La Calzada, Contrueces or Pumarín Sur.":
    "Qualquer pessoa que viva em La Calzada, Contrueces ou Pumarín Sur.",
  "Emergency Social Grant":
    "Apoio Social de Emergência",
  "One-off money for urgent basic needs: an unpaid electricity bill, a month's rent to avoid eviction, glasses, or essential furniture.":
    "Dinheiro pontual para necessidades básicas urgentes: uma fatura de eletricidade por pagar, um mês de renda para evitar o despejo, óculos ou móveis essenciais.",
  "People registered in Valdemar who cannot pay an essential cost.":
    "Pessoas inscritas em Valdemar que não conseguem pagar uma despesa essencial.",
  "Ask your social worker at your district social services centre. Urgent cases are decided within a week.":
    "Peça ao seu assistente social no centro de serviços sociais do seu bairro. Os casos urgentes são decididos numa semana.",
  "The bill or quote you need to pay.":
    "A fatura ou o orçamento que precisa de pagar.",
  "Minimum Income Applications":
    "Pedidos de Rendimento Mínimo",
  "Help to apply for the minimum income, a monthly payment for households with little or no income, and to keep it up to date.":
    "Ajuda para pedir o rendimento mínimo, um pagamento mensal para agregados com poucos ou nenhuns rendimentos, e para o manter atualizado.",
  "Adults living in Spain legally for at least one year, with a household income below the minimum.":
    "Adultos a viver legalmente em Espanha há pelo menos um ano, com rendimentos do agregado abaixo do mínimo.",
  "Book an appointment by phone. Staff fill in the online application with you.":
    "Marque por telefone. Os funcionários preenchem o pedido online consigo.",
  "Debt and Bills Advice":
    "Aconselhamento sobre Dívidas e Faturas",
  "We look at your debts and bills with you, check for abusive charges, and help you agree a payment plan or make a complaint.":
    "Analisamos consigo as suas dívidas e faturas, verificamos cobranças abusivas e ajudamos a combinar um plano de pagamento ou a fazer uma reclamação.",
  "Anyone living in Valdemar.":
    "Qualquer pessoa que viva em Valdemar.",
  "Book an appointment by phone or e-mail. Bring all the papers, including letters from debt collectors.":
    "Marque por telefone ou e-mail. Traga todos os papéis, incluindo as cartas das empresas de cobranças.",
  "Your latest bank statements.":
    "Os seus últimos extratos bancários.",
  "Energy Bills Help":
    "Ajuda com as Faturas de Energia",
  "We read your bills with you, switch you to a cheaper tariff, apply for the social discount on electricity and stop a disconnection.":
    "Lemos as suas faturas consigo, mudamos para uma tarifa mais barata, pedimos a tarifa social da eletricidade e travamos um corte.",
  "Any household in Valdemar.":
    "Qualquer agregado de Valdemar.",
  "Come without an appointment on Tuesday or Thursday morning, or call.":
    "Venha sem marcação à terça ou à quinta de manhã, ou ligue.",
  "Your last electricity and gas bills.":
    "As suas últimas faturas de eletricidade e gás.",
  "Red Solidaria Clothes Bank":
    "Banco de Roupa da Red Solidaria",
  "Clean clothes, shoes and bedding for adults and children, and winter coats from November.":
    "Roupa limpa, sapatos e roupa de cama para adultos e crianças, e casacos de inverno a partir de novembro.",
  "Anyone who needs them.":
    "Qualquer pessoa que precise.",
  "Come during opening hours. Up to two visits a month.":
    "Venha no horário de funcionamento. Até duas visitas por mês.",
  "Job-Seeker Registration and Unemployment Benefit":
    "Inscrição como Candidato a Emprego e Subsídio de Desemprego",
  "Register as a job seeker, apply for unemployment benefit or the unemployment allowance, and see job offers.":
    "Inscreva-se como candidato a emprego, peça o subsídio de desemprego ou o subsídio social de desemprego, e veja ofertas de emprego.",
  "People of working age who are out of work or want to change job, with permission to work.":
    "Pessoas em idade ativa sem trabalho ou que querem mudar de emprego, com autorização para trabalhar.",
  "Book an appointment by phone or online. Apply for benefit within 15 working days of losing your job.":
    "Marque por telefone ou online. Peça o subsídio nos 15 dias úteis a seguir a perder o emprego.",
  "Your employer's certificate of end of contract.":
    "O certificado de fim de contrato do seu empregador.",
  "Job Search Guidance":
    "Orientação na Procura de Emprego",
  "A guidance counsellor helps you write your CV, prepare interviews and plan training, one to one or in small groups.":
    "Um orientador ajuda-o a escrever o currículo, a preparar entrevistas e a planear formação, individualmente ou em pequenos grupos.",
  "People registered as job seekers.":
    "Pessoas inscritas como candidatos a emprego.",
  "Ask for guidance when you register, or call to book.":
    "Peça orientação quando se inscrever, ou ligue para marcar.",
  "La Brújula Youth Compass":
    "La Brújula, a Bússola Jovem",
  "Ask anything: first job, studies, a legal problem, drugs, sexuality or leaving home. We connect you with a local expert within two days, in person or by chat.":
    "Pergunte o que quiser: primeiro emprego, estudos, um problema legal, drogas, sexualidade ou sair de casa. Pomo-lo em contacto com um especialista local em dois dias, pessoalmente ou por chat.",
  "Young people aged 14 to 30.":
    "Jovens dos 14 aos 30 anos.",
  "Drop in, call, send an SMS or ask to be contacted. It is confidential.":
    "Passe por cá, ligue, envie um SMS ou peça que o contactem. É confidencial.",
  "Free Vocational Courses":
    "Cursos de Formação Profissional Gratuitos",
  "Courses of three to six months in care work, cooking, warehouse, cleaning, electrics and customer service, with a paid work placement.":
    "Cursos de três a seis meses em cuidados a pessoas, cozinha, armazém, limpeza, eletricidade e atendimento ao público, com estágio pago.",
  "Adults registered as job seekers. Some courses ask for a secondary school diploma.":
    "Adultos inscritos como candidatos a emprego. Alguns cursos pedem o diploma do ensino secundário.",
  "Come to an information session on the first Monday of each month at 10:00, or call.":
    "Venha a uma sessão de informação na primeira segunda-feira de cada mês às 10:00, ou ligue.",
  "Your job-seeker card.":
    "O seu cartão de candidato a emprego.",
  "Reading, Writing and Spanish Classes":
    "Aulas de Leitura, Escrita e Espanhol",
  "Learn to read and write, or learn Spanish from the start, in small groups in the morning or evening. Also the secondary school diploma for adults.":
    "Aprenda a ler e a escrever, ou aprenda espanhol desde o início, em pequenos grupos de manhã ou à noite. Também o diploma do ensino secundário para adultos.",
  "Anyone over 16, whatever their papers.":
    "Qualquer pessoa com mais de 16 anos, tenha ou não papéis.",
  "Enrol at the school office. New groups start in September, January and April.":
    "Inscreva-se na secretaria da escola. Os novos grupos começam em setembro, janeiro e abril.",
  "Job Club at the Central Library":
    "Clube de Emprego na Biblioteca Central",
  "Weekly job club: look for offers online together, send applications, use the printer for free and practise interviews.":
    "Clube de emprego semanal: procure ofertas online em conjunto, envie candidaturas, use a impressora de graça e treine entrevistas.",
  "Anyone looking for work.":
    "Qualquer pessoa à procura de trabalho.",
  "Just come on Wednesday afternoon. A library card helps but is not needed.":
    "Basta vir à quarta-feira à tarde. Um cartão de leitor ajuda, mas não é preciso.",
  "Family doctor, nurse, paediatrician, midwife and vaccinations. The social worker helps people without a health card get one.":
    "Médico de família, enfermeiro, pediatra, parteira e vacinas. A assistente social ajuda quem não tem cartão de saúde a obtê-lo.",
  "Everyone living in the El Puerto area. Urgent care for anyone.":
    "Todas as pessoas que vivem na zona de El Puerto. Urgências para qualquer pessoa.",
  "Book by phone or at the desk. For urgent problems in the afternoon, come to the urgent care door.":
    "Marque por telefone ou no balcão. Para problemas urgentes à tarde, venha à porta das urgências.",
  "Health card, if you have one.":
    "Cartão de saúde, se o tiver.",
  "Help Getting a Health Card":
    "Ajuda para Obter o Cartão de Saúde",
  "The health centre's social worker processes the health card for people who have none, including people without residence papers.":
    "A assistente social do centro de saúde trata do cartão de saúde de quem não o tem, incluindo pessoas sem autorização de residência.",
  "Anyone living in Valdemar without a health card.":
    "Qualquer pessoa que viva em Valdemar sem cartão de saúde.",
  "Book an appointment with the social worker at the desk or by phone.":
    "Marque com a assistente social no balcão ou por telefone.",
  "Faro Addiction Support":
    "Faro — Apoio nas Dependências",
  "Confidential support for problems with alcohol, drugs, gambling or screens: first interview, psychologist, support groups and help for families.":
    "Apoio confidencial para problemas com álcool, drogas, jogo ou ecrãs: primeira entrevista, psicólogo, grupos de apoio e ajuda às famílias.",
  "Anyone over 14, and their families. No referral needed.":
    "Qualquer pessoa com mais de 14 anos, e a sua família. Não precisa de encaminhamento.",
  "Call or come in. The first interview is within a week.":
    "Ligue ou venha. A primeira entrevista é dentro de uma semana.",
  "Mente Abierta Listening Line":
    "Linha de Escuta Mente Abierta",
  "Trained volunteers who have lived with mental health problems listen to you, without judging. Not an emergency service: in danger, call 112.":
    "Voluntários formados, que já viveram problemas de saúde mental, ouvem-no sem julgar. Não é um serviço de emergência: em perigo, ligue 112.",
  "Anyone who needs to talk.":
    "Qualquer pessoa que precise de falar.",
  "Call in the evening, every day.":
    "Ligue à noite, todos os dias.",
  "Telephone service; text relay and SMS available.":
    "Atendimento por telefone; serviço de retransmissão de texto e SMS disponíveis.",
  "Peer Support Groups":
    "Grupos de Entreajuda",
  "Weekly groups for people living with anxiety, depression or psychosis, and a separate group for families.":
    "Grupos semanais para pessoas que vivem com ansiedade, depressão ou psicose, e um grupo separado para famílias.",
  "Adults, with or without a diagnosis.":
    "Adultos, com ou sem diagnóstico.",
  "Call first for a short welcome chat.":
    "Ligue primeiro para uma curta conversa de acolhimento.",
  "Free Legal Guidance":
    "Orientação Jurídica Gratuita",
  "A lawyer explains your legal problem (family, housing, work, debts, immigration) and helps you apply for a free lawyer if you qualify.":
    "Um advogado explica o seu problema legal (família, habitação, trabalho, dívidas, imigração) e ajuda-o a pedir um advogado gratuito se tiver direito.",
  "Anyone. The free lawyer depends on your income.":
    "Qualquer pessoa. O advogado gratuito depende dos seus rendimentos.",
  "Come on weekday mornings; first come, first served. Arrive before 12:00.":
    "Venha nas manhãs dos dias úteis; por ordem de chegada. Chegue antes das 12:00.",
  "Immigration Legal Advice":
    "Apoio Jurídico em Imigração",
  "Lawyers specialised in residence and work permits, family reunification, nationality, regularisation and appeals.":
    "Advogados especializados em autorizações de residência e de trabalho, reagrupamento familiar, nacionalidade, regularização e recursos.",
  "Migrants living in Valdemar, whatever their situation.":
    "Migrantes que vivem em Valdemar, seja qual for a sua situação.",
  "Book an appointment by phone or ask to be contacted. Bring every paper you have.":
    "Marque por telefone ou peça que o contactem. Traga todos os papéis que tiver.",
  "Workers' Rights Advice":
    "Aconselhamento sobre Direitos Laborais",
  "Unpaid wages, dismissal, contract without papers, harassment at work: a labour lawyer tells you what you can do and by when.":
    "Salários em atraso, despedimento, trabalho sem contrato, assédio no trabalho: um advogado laboral diz-lhe o que pode fazer e até quando.",
  "Any worker, with or without a contract.":
    "Qualquer trabalhador, com ou sem contrato.",
  "Call to book. After a dismissal you have only 20 working days to act: call quickly.":
    "Ligue para marcar. Depois de um despedimento tem apenas 20 dias úteis para agir: ligue depressa.",
  "Payslips, contract and the dismissal letter, if any.":
    "Recibos de vencimento, contrato e a carta de despedimento, se houver.",
  "Consumer Complaints":
    "Reclamações de Consumidores",
  "Help to complain to a company, bank, phone or energy supplier, and free mediation and arbitration.":
    "Ajuda para reclamar junto de uma empresa, banco, operador de telefone ou fornecedor de energia, e mediação e arbitragem gratuitas.",
  "Come in with your papers, or send them by e-mail.":
    "Venha com os seus papéis, ou envie-os por e-mail.",
  "The contract, invoice or receipt, and any messages with the company.":
    "O contrato, a fatura ou o recibo, e as mensagens trocadas com a empresa.",
  "Sexual and Reproductive Health Clinic":
    "Consulta de Saúde Sexual e Reprodutiva",
  "Contraception, pregnancy tests, testing for sexually transmitted infections, and advice, in confidence.":
    "Contraceção, testes de gravidez, testes de infeções sexualmente transmissíveis e aconselhamento, com confidencialidade.",
  "Anyone over 14. Young people can come on their own.":
    "Qualquer pessoa com mais de 14 anos. Os jovens podem vir sozinhos.",
  "Walk in on Tuesday afternoon, or book by phone.":
    "Venha sem marcação à terça à tarde, ou marque por telefone.",
  "Family Support Service":
    "Serviço de Apoio à Família",
  "A family educator visits you at home or meets you at the centre to help with routines, school, conflicts and stress at home.":
    "Um educador familiar visita-o em casa ou recebe-o no centro para ajudar com as rotinas, a escola, os conflitos e o stress em casa.",
  "Families with children under 18 living in Valdemar.":
    "Famílias com filhos menores de 18 anos que vivem em Valdemar.",
  "Call or ask your social worker to refer you.":
    "Ligue ou peça ao seu assistente social que o encaminhe.",
  "Family Mediation":
    "Mediação Familiar",
  "A neutral mediator helps separated parents agree on children, visits and money, without going to court.":
    "Um mediador neutro ajuda pais separados a chegar a acordo sobre os filhos, as visitas e o dinheiro, sem ir a tribunal.",
  "Couples separating, and families in conflict (parents, grandparents, adult children).":
    "Casais que se separam, e famílias em conflito (pais, avós, filhos adultos).",
  "Either person can call to book the first meeting. Sessions last one hour.":
    "Qualquer uma das pessoas pode ligar para marcar a primeira reunião. As sessões duram uma hora.",
  "Baby and Toddler Group":
    "Grupo de Bebés e Crianças Pequenas",
  "Parents and babies up to three years meet, play and share questions about sleep, feeding and development with a nurse and an educator.":
    "Pais e bebés até aos três anos encontram-se, brincam e partilham dúvidas sobre o sono, a alimentação e o desenvolvimento com uma enfermeira e uma educadora.",
  "Parents or carers with a child under three.":
    "Pais ou cuidadores de uma criança com menos de três anos.",
  "Just come on Friday morning.":
    "Basta vir à sexta-feira de manhã.",
  "Los Pinos After-School Centre":
    "Centro de Atividades Los Pinos",
  "After school: a snack, homework help, games and trips, while parents work. Summer camp in July.":
    "Depois da escola: lanche, apoio aos trabalhos de casa, jogos e passeios, enquanto os pais trabalham. Campo de férias em julho.",
  "Children aged 6 to 16, with priority for families referred by social services.":
    "Crianças dos 6 aos 16 anos, com prioridade para famílias encaminhadas pelos serviços sociais.",
  "Ask for a place at the centre or through your social worker.":
    "Peça um lugar no centro ou através do seu assistente social.",
  "Homework Help":
    "Apoio aos Trabalhos de Casa",
  "Volunteer tutors help primary and secondary pupils with homework, reading and maths, in a quiet room with computers.":
    "Explicadores voluntários ajudam alunos do básico e do secundário com os trabalhos de casa, a leitura e a matemática, numa sala calma com computadores.",
  "Children and teenagers of the harbour district.":
    "Crianças e adolescentes do bairro do porto.",
  "Parents come to enrol their child on a Monday.":
    "Os pais vêm inscrever o filho numa segunda-feira.",
  "Arcoíris Support and Advice":
    "Arcoíris — Apoio e Aconselhamento",
  "A safe space for LGBTI people: peer support, psychological and legal advice, and a group for families of trans young people.":
    "Um espaço seguro para pessoas LGBTI: entreajuda, aconselhamento psicológico e jurídico, e um grupo para famílias de jovens trans.",
  "LGBTI people of any age, and their families.":
    "Pessoas LGBTI de qualquer idade, e as suas famílias.",
  "Drop in on Thursday evening, or ask to be contacted. Confidential.":
    "Passe por cá à quinta à noite, ou peça que o contactem. Confidencial.",
  "Activities, gym, trips, a low-cost lunch, chiropody and hairdresser. A place to meet people and not be alone.":
    "Atividades, ginásio, passeios, almoço a preço baixo, podologia e cabeleireiro. Um lugar para conhecer pessoas e não estar só.",
  "People over 60 living in Valdemar, and their partners.":
    "Pessoas com mais de 60 anos que vivem em Valdemar, e os seus companheiros.",
  "Come to the reception with your ID to get a free member card.":
    "Venha à receção com o seu documento de identificação para receber um cartão de sócio gratuito.",
  "Membership is free. Lunch costs 4.50 euros; activities 0 to 10 euros a month.":
    "Ser sócio é gratuito. O almoço custa 4,50 euros; as atividades de 0 a 10 euros por mês.",
  "Home Help":
    "Apoio Domiciliário",
  "A care worker comes to your home to help with washing, meals, cleaning and shopping, from one hour a week to every day.":
    "Uma ajudante vai a sua casa ajudar na higiene, nas refeições, na limpeza e nas compras, desde uma hora por semana até todos os dias.",
  "Older people and people with a disability who need help at home.":
    "Idosos e pessoas com deficiência que precisam de ajuda em casa.",
  "Ask at your district social services centre; a social worker visits you to assess your needs.":
    "Peça no centro de serviços sociais do seu bairro; um assistente social visita-o para avaliar as suas necessidades.",
  "Health reports, if you have them.":
    "Relatórios médicos, se os tiver.",
  "Free or with a contribution of up to 20% of the cost, depending on income.":
    "Gratuito ou com uma comparticipação até 20% do custo, conforme os rendimentos.",
  "Telecare Alarm":
    "Teleassistência",
  "A button you wear on your wrist or neck. Press it at any time and a person answers, calls your family or sends help.":
    "Um botão que usa no pulso ou ao pescoço. Carregue a qualquer hora e uma pessoa responde, liga à sua família ou envia ajuda.",
  "People over 65, or with a disability, who live alone or spend many hours alone.":
    "Pessoas com mais de 65 anos, ou com deficiência, que vivem sozinhas ou passam muitas horas sozinhas.",
  "Ask at your district social services centre or call the telecare line.":
    "Peça no centro de serviços sociais do seu bairro ou ligue para a linha de teleassistência.",
  "Phone Friends":
    "Amigos ao Telefone",
  "A volunteer calls you once or twice a week for a chat, and can visit you or go for a walk with you.":
    "Um voluntário liga-lhe uma ou duas vezes por semana para conversar, e pode visitá-lo ou ir passear consigo.",
  "Older people who feel alone.":
    "Idosos que se sentem sozinhos.",
  "Call us, or a neighbour or relative can call for you.":
    "Ligue-nos, ou um vizinho ou familiar pode ligar por si.",
  "Support for Family Carers":
    "Apoio aos Cuidadores Familiares",
  "For people who look after a relative: a monthly group, short courses (moving a person safely, memory loss) and respite stays.":
    "Para quem cuida de um familiar: um grupo mensal, cursos curtos (mover uma pessoa em segurança, perda de memória) e estadias de descanso.",
  "Anyone caring for an older or dependent relative.":
    "Qualquer pessoa que cuide de um familiar idoso ou dependente.",
  "Call to join; respite stays are requested through social services.":
    "Ligue para participar; as estadias de descanso pedem-se através dos serviços sociais.",
  "Dependency Assessment and Care Allowance":
    "Avaliação da Dependência e Subsídio de Cuidados",
  "The official assessment of how much help a person needs every day, which opens the door to home help, day centres and a carer's allowance.":
    "A avaliação oficial da ajuda de que uma pessoa precisa todos os dias, que dá acesso ao apoio domiciliário, aos centros de dia e a um subsídio para o cuidador.",
  "People of any age who need help from others for daily activities.":
    "Pessoas de qualquer idade que precisam da ajuda de outros nas atividades do dia a dia.",
  "Apply at your district social services centre. An assessor visits your home.":
    "Peça no centro de serviços sociais do seu bairro. Um avaliador visita a sua casa.",
  "Recent health report from your doctor.":
    "Relatório de saúde recente do seu médico.",
  "Easy-Read Advice Point":
    "Balcão de Leitura Fácil",
  "We explain letters, forms and contracts in easy words, and go with you to appointments if you want. Also for families.":
    "Explicamos cartas, formulários e contratos com palavras fáceis, e acompanhamo-lo às marcações se quiser. Também para famílias.",
  "People with intellectual disabilities or learning difficulties, and anyone who finds papers hard to read.":
    "Pessoas com deficiência intelectual ou dificuldades de aprendizagem, e quem tem dificuldade em ler papéis.",
  "Come in or call. You can bring someone you trust.":
    "Venha ou ligue. Pode trazer alguém da sua confiança.",
  "Supported Employment":
    "Emprego Apoiado",
  "A job coach helps you find a job in an ordinary company and supports you at work for as long as you need.":
    "Um técnico de emprego ajuda-o a encontrar trabalho numa empresa comum e apoia-o no trabalho durante o tempo que precisar.",
  "People with a recognised disability of 33% or more who want to work.":
    "Pessoas com uma deficiência reconhecida de 33% ou mais que querem trabalhar.",
  "Call for a first interview.":
    "Ligue para uma primeira entrevista.",
  "Disability certificate.":
    "Certificado de incapacidade.",
  "Sign Language Interpreting":
    "Interpretação em Língua Gestual",
  "A sign language interpreter goes with you to the doctor, the bank, the court or any appointment. Also video interpreting.":
    "Um intérprete de língua gestual acompanha-o ao médico, ao banco, ao tribunal ou a qualquer marcação. Também interpretação por vídeo.",
  "Deaf people and people with hearing loss, and the services they deal with.":
    "Pessoas surdas e com perda auditiva, e os serviços com que lidam.",
  "Ask at least three days ahead by SMS, video call or e-mail. Urgent requests by SMS.":
    "Peça com pelo menos três dias de antecedência por SMS, videochamada ou e-mail. Pedidos urgentes por SMS.",
  "Disability Certificate Help":
    "Ajuda com o Certificado de Incapacidade",
  "We explain the disability certificate, what it gives you (discounts, benefits, tax, transport, jobs) and help you apply or appeal.":
    "Explicamos o certificado de incapacidade, o que lhe dá (descontos, prestações, impostos, transportes, emprego) e ajudamo-lo a pedi-lo ou a recorrer.",
  "People with a disability or long-term illness, and their families.":
    "Pessoas com deficiência ou doença prolongada, e as suas famílias.",
  "Book by phone; bring your health reports.":
    "Marque por telefone; traga os seus relatórios médicos.",
  "Health reports.":
    "Relatórios médicos.",
  "Newcomers' Welcome Desk":
    "Balcão de Acolhimento a Recém-Chegados",
  "First information in your language: registering at the town hall, health card, school for your children, Spanish classes and where to find work.":
    "As primeiras informações na sua língua: inscrição no padrón, cartão de saúde, escola para os seus filhos, aulas de espanhol e onde encontrar trabalho.",
  "People who have recently arrived in Valdemar, whatever their papers.":
    "Pessoas que chegaram há pouco a Valdemar, tenham ou não papéis.",
  "Drop in. If you need an interpreter, tell us the language when you call.":
    "Passe por cá. Se precisar de intérprete, diga-nos a língua quando ligar.",
  "Reception for Asylum Seekers":
    "Acolhimento de Requerentes de Asilo",
  "Accommodation, a weekly allowance, Spanish classes, psychologist and a lawyer for people who have applied for international protection.":
    "Alojamento, um apoio semanal, aulas de espanhol, psicólogo e advogado para pessoas que pediram proteção internacional.",
  "People who have applied, or want to apply, for asylum or international protection in Spain.":
    "Pessoas que pediram, ou querem pedir, asilo ou proteção internacional em Espanha.",
  "Call or come in. We help you ask for your asylum appointment if you do not have one yet.":
    "Ligue ou venha. Ajudamos a pedir a sua marcação de asilo se ainda não a tiver.",
  "Your asylum application paper or appointment, if you have it.":
    "O seu documento do pedido de asilo ou a marcação, se o tiver.",
  "Help Desk for People from Ukraine":
    "Balcão de Apoio para Pessoas da Ucrânia",
  "Temporary protection papers, school, work permits and housing for people displaced from Ukraine, with Ukrainian-speaking staff.":
    "Documentos de proteção temporária, escola, autorizações de trabalho e habitação para pessoas deslocadas da Ucrânia, com funcionários que falam ucraniano.",
  "People displaced from Ukraine and their families.":
    "Pessoas deslocadas da Ucrânia e as suas famílias.",
  "Come on Monday or Wednesday, or send an SMS to book.":
    "Venha à segunda ou à quarta-feira, ou envie um SMS para marcar.",
  "Registration at the Town Hall (Padrón)":
    "Inscrição no Padrón Municipal",
  "Register your address in Valdemar. It is the key to health care, school, social services and many grants. You can register even without a rental contract.":
    "Registe a sua morada em Valdemar. É a chave para a saúde, a escola, os serviços sociais e muitos apoios. Pode inscrever-se mesmo sem contrato de arrendamento.",
  "Everyone who lives in Valdemar, with or without papers, including people without a fixed home.":
    "Todas as pessoas que vivem em Valdemar, com ou sem papéis, incluindo quem não tem casa fixa.",
  "Book an appointment or come in. Without a home, social services can register you at their address.":
    "Marque ou venha. Sem casa, os serviços sociais podem inscrevê-lo na morada deles.",
  "Rental contract, or a signed authorisation from the owner or the main tenant.":
    "Contrato de arrendamento, ou uma autorização assinada pelo proprietário ou pelo inquilino principal.",
  "Volunteer Interpreters":
    "Intérpretes Voluntários",
  "A volunteer who speaks your language goes with you to the doctor, the school or an office, or joins by phone.":
    "Um voluntário que fala a sua língua acompanha-o ao médico, à escola ou a um serviço, ou participa por telefone.",
  "Anyone who does not yet speak Spanish well.":
    "Qualquer pessoa que ainda não fala bem espanhol.",
  "Ask at least two days ahead by phone or SMS. Languages: Arabic, Darija, French, English, Ukrainian, Russian, Romanian, Wolof, Portuguese.":
    "Peça com pelo menos dois dias de antecedência por telefone ou SMS. Línguas: árabe, darija, francês, inglês, ucraniano, russo, romeno, wolof, português.",
  "24-Hour Line Against Gender Violence":
    "Linha 24 Horas contra a Violência de Género",
  "Free, confidential line, day and night. Professionals listen, advise and, if you want, arrange a safe place to stay. The call does not appear on your phone bill.":
    "Linha gratuita e confidencial, de dia e de noite. Profissionais ouvem, aconselham e, se quiser, arranjam um lugar seguro para ficar. A chamada não aparece na sua fatura de telefone.",
  "Women facing violence, and anyone worried about a woman they know.":
    "Mulheres que sofrem violência, e qualquer pessoa preocupada com uma mulher que conhece.",
  "Call or send an SMS at any time. In immediate danger, call 112.":
    "Ligue ou envie um SMS a qualquer hora. Em perigo imediato, ligue 112.",
  "Women's Centre: Legal and Psychological Support":
    "Centro da Mulher: Apoio Jurídico e Psicológico",
  "A lawyer and a psychologist for women facing violence, separation or discrimination. We go with you to the police and to court.":
    "Uma advogada e uma psicóloga para mulheres que enfrentam violência, separação ou discriminação. Acompanhamo-la à polícia e ao tribunal.",
  "Women living in Valdemar, with or without a police report.":
    "Mulheres que vivem em Valdemar, com ou sem queixa na polícia.",
  "Call or come in. You do not need to give your name the first time.":
    "Ligue ou venha. Não precisa de dar o seu nome da primeira vez.",
  "Emergency Social Service":
    "Serviço Social de Emergência",
  "Social workers on duty when social services are closed: for a person sleeping rough in the cold, an older person left alone, or a family put out of their home.":
    "Assistentes sociais de serviço quando os serviços sociais estão fechados: para uma pessoa a dormir na rua ao frio, um idoso deixado sozinho ou uma família posta fora de casa.",
  "Anyone in Valdemar facing a social emergency.":
    "Qualquer pessoa em Valdemar perante uma emergência social.",
  "Call the number at night, at weekends and on public holidays.":
    "Ligue para o número à noite, aos fins de semana e nos feriados.",
  "Children and Teenagers' Help Line":
    "Linha de Ajuda para Crianças e Jovens",
  "For children and teenagers who are hurt, scared or bullied, and for adults worried about a child. Chat by SMS if you cannot speak.":
    "Para crianças e jovens magoados, com medo ou vítimas de bullying, e para adultos preocupados com uma criança. Converse por SMS se não puder falar.",
  "Anyone under 18, and adults worried about a child.":
    "Qualquer pessoa com menos de 18 anos, e adultos preocupados com uma criança.",
  "Call or send an SMS, any day from 9 in the morning to midnight.":
    "Ligue ou envie um SMS, todos os dias das 9 da manhã à meia-noite.",
  "Hate Incident Support":
    "Apoio em Incidentes de Ódio",
  "If you were insulted, attacked or refused service because of your origin, religion, sexuality or disability, we help you report it and support you afterwards.":
    "Se foi insultado, agredido ou lhe recusaram atendimento por causa da sua origem, religião, sexualidade ou deficiência, ajudamos a denunciar e apoiamo-lo depois.",
  "Anyone who has faced a hate incident, and witnesses.":
    "Qualquer pessoa que sofreu um incidente de ódio, e as testemunhas.",
  "Call, send an SMS or ask to be contacted.":
    "Ligue, envie um SMS ou peça que o contactem.",
  "Free Computers and Wi-Fi at the Libraries":
    "Computadores e Wi-Fi Gratuitos nas Bibliotecas",
  "Computers with internet, a printer and scanner, and free Wi-Fi in all five public libraries. Staff help you with the basics.":
    "Computadores com internet, impressora e digitalizador, e Wi-Fi gratuito nas cinco bibliotecas públicas. Os funcionários ajudam com o básico.",
  "Everyone. A library card is free with any ID.":
    "Todas as pessoas. O cartão de leitor é gratuito com qualquer documento de identificação.",
  "Come in and ask at the desk. One hour per session, more if free.":
    "Entre e pergunte no balcão. Uma hora por sessão, mais se houver lugar.",
  "First Steps with a Smartphone":
    "Primeiros Passos com o Smartphone",
  "A four-week course in small groups: calls and messages, WhatsApp, photos, staying safe from scams and making an online appointment.":
    "Um curso de quatro semanas em pequenos grupos: chamadas e mensagens, WhatsApp, fotografias, proteger-se de burlas e marcar uma consulta online.",
  "Beginners of any age, starting with older people and newcomers. Bring your phone or borrow one of ours.":
    "Principiantes de qualquer idade, a começar pelos idosos e recém-chegados. Traga o seu telemóvel ou peça um emprestado.",
  "Call to join the next group. Courses start every month.":
    "Ligue para entrar no próximo grupo. Os cursos começam todos os meses.",
  "Donated Phones and Laptops":
    "Telemóveis e Portáteis Doados",
  "Refurbished phones and laptops, given free with a SIM card with 6 months of data, to people who have none.":
    "Telemóveis e portáteis recondicionados, dados de graça com um cartão SIM com 6 meses de dados, a pessoas que não têm nenhum.",
  "People referred by a social worker, a school or an association.":
    "Pessoas encaminhadas por um assistente social, uma escola ou uma associação.",
  "Ask your social worker or association to fill in the referral form.":
    "Peça ao seu assistente social ou associação que preencha o formulário de encaminhamento.",
  "Referral form.":
    "Formulário de encaminhamento.",
  "Help with Online Procedures":
    "Ajuda com Serviços Online",
  "Staff help you get a digital certificate or Cl@ve, book appointments and send applications to any public office online.":
    "Os funcionários ajudam-no a obter um certificado digital ou a Cl@ve, a marcar atendimentos e a enviar pedidos online a qualquer serviço público.",
  "Book an appointment by phone or come in early.":
    "Marque por telefone ou venha cedo.",
  "Your mobile phone, if you have one.":
    "O seu telemóvel, se tiver um.",
  "Online Scam Help":
    "Ajuda contra Burlas Online",
  "Got a strange message or lost money online? We help you block, report and protect your accounts, step by step.":
    "Recebeu uma mensagem estranha ou perdeu dinheiro online? Ajudamos a bloquear, denunciar e proteger as suas contas, passo a passo.",
  "Anyone.":
    "Qualquer pessoa.",
  "Call or come on Thursday morning. Bring the phone or card involved.":
    "Ligue ou venha à quinta de manhã. Traga o telemóvel ou o cartão em causa.",
  "Youth Digital Lab":
    "Laboratório Digital Jovem",
  "Free workshops for young people: video editing, coding, online job applications and staying safe on social media.":
    "Oficinas gratuitas para jovens: edição de vídeo, programação, candidaturas a emprego online e segurança nas redes sociais.",
  "Sign up at La Brújula or by SMS.":
    "Inscreva-se em La Brújula ou por SMS.",
  "Registering at the town hall is your right":
    "Inscrever-se no padrón é um direito seu",
  "Everyone who lives in Valdemar can register their address at the town hall, with or without residence papers, and even without a rental contract. Registration opens the door to health care, school and social services.":
    "Todas as pessoas que vivem em Valdemar podem registar a sua morada na câmara municipal, com ou sem autorização de residência, e mesmo sem contrato de arrendamento. A inscrição abre a porta à saúde, à escola e aos serviços sociais.",
  "Everyone living in Valdemar.":
    "Todas as pessoas que vivem em Valdemar.",
  "Go to the Citizen Service Office. If you have no fixed home, social services can register you at their address.":
    "Vá ao Balcão de Atendimento ao Cidadão. Se não tiver casa fixa, os serviços sociais podem inscrevê-lo na morada deles.",
  "Rental contract or authorisation from the person who lives there.":
    "Contrato de arrendamento ou autorização da pessoa que vive na casa.",
  "Health care is for everyone":
    "A saúde é para todas as pessoas",
  "Everyone living in Valdemar has the right to public health care, including people without residence papers. Urgent care, pregnancy care and care for children are always free.":
    "Todas as pessoas que vivem em Valdemar têm direito à saúde pública, incluindo quem não tem autorização de residência. As urgências, a gravidez e os cuidados às crianças são sempre gratuitos.",
  "Ask the social worker at your health centre for a health card.":
    "Peça o cartão de saúde à assistente social do seu centro de saúde.",
  "Minimum income":
    "Rendimento mínimo",
  "If your household has little or no income, you may receive a monthly payment to cover basic needs. It is compatible with a small job.":
    "Se o seu agregado tem poucos ou nenhuns rendimentos, pode receber um pagamento mensal para cobrir o básico. É compatível com um pequeno trabalho.",
  "Adults with one year of legal residence whose household income is below the minimum.":
    "Adultos com um ano de residência legal e rendimentos do agregado abaixo do mínimo.",
  "Apply with help at the Benefits Office or your social services centre. The answer comes within six months; if it is yes, it is paid from the month after you applied.":
    "Peça com ajuda no Gabinete de Prestações ou no seu centro de serviços sociais. A resposta chega em seis meses; se for sim, é pago a partir do mês seguinte ao pedido.",
  "Help in an emergency":
    "Ajuda numa emergência",
  "If you cannot pay for something essential (rent, electricity, food, glasses), the city can give you a one-off emergency grant.":
    "Se não consegue pagar algo essencial (renda, eletricidade, comida, óculos), a câmara pode dar-lhe um apoio de emergência pontual.",
  "People registered in Valdemar in a situation of need.":
    "Pessoas inscritas em Valdemar em situação de necessidade.",
  "Ask your social worker. Urgent cases are decided within a week.":
    "Peça ao seu assistente social. Os casos urgentes são decididos numa semana.",
  "The bill you need to pay.":
    "A fatura que precisa de pagar.",
  "Help to pay the rent":
    "Ajuda para pagar a renda",
  "If the rent takes more than a third of your income, the city can pay part of it every month for up to a year.":
    "Se a renda leva mais de um terço dos seus rendimentos, a câmara pode pagar uma parte todos os meses durante até um ano.",
  "Tenants registered in Valdemar for six months, with a contract in their name.":
    "Inquilinos inscritos em Valdemar há seis meses, com contrato em seu nome.",
  "Apply at the Housing Advice Office, any time of year.":
    "Peça no Gabinete de Informação sobre Habitação, em qualquer altura do ano.",
  "Nobody can put you out without a judge":
    "Ninguém o pode pôr fora sem um juiz",
  "Your landlord cannot change the locks, cut the water or put you out of your home without a court order. If there are children or vulnerable people, the court must inform social services, and the eviction can be postponed.":
    "O seu senhorio não pode mudar a fechadura, cortar a água nem pô-lo fora de casa sem uma ordem do tribunal. Se houver crianças ou pessoas vulneráveis, o tribunal tem de avisar os serviços sociais, e o despejo pode ser adiado.",
  "All tenants and occupants.":
    "Todos os inquilinos e ocupantes.",
  "As soon as you receive a court letter, ask for a free lawyer: you have only a few days to answer.":
    "Assim que receber uma carta do tribunal, peça um advogado gratuito: tem poucos dias para responder.",
  "Discount on your electricity bill":
    "Desconto na sua fatura da luz",
  "Households with low income, large families and people receiving certain benefits pay less for electricity with the social discount. While you are protected, your electricity cannot be cut for debts.":
    "Agregados com poucos rendimentos, famílias numerosas e pessoas que recebem certas prestações pagam menos pela eletricidade com a tarifa social. Enquanto estiver protegido, não lhe podem cortar a luz por dívidas.",
  "Households with low income, large families, people with minimum income or a minimum pension.":
    "Agregados com poucos rendimentos, famílias numerosas, pessoas com rendimento mínimo ou pensão mínima.",
  "Ask the Energy Advice Point to apply with you; you must be on a regulated tariff.":
    "Peça ao Ponto de Aconselhamento Energético que faça o pedido consigo; tem de estar numa tarifa regulada.",
  "Your last electricity bill.":
    "A sua última fatura da luz.",
  "A free lawyer if you cannot pay one":
    "Um advogado gratuito se não puder pagar um",
  "If your income is low, the state pays your lawyer and court costs. Women facing violence and victims of trafficking have a free lawyer whatever their income.":
    "Se os seus rendimentos são baixos, o Estado paga o seu advogado e as custas do processo. As mulheres vítimas de violência e as vítimas de tráfico têm advogado gratuito, sejam quais forem os seus rendimentos.",
  "People with income below the limit, and some victims whatever their income.":
    "Pessoas com rendimentos abaixo do limite, e algumas vítimas sejam quais forem os seus rendimentos.",
  "Apply at the Legal Guidance Service before the deadline of your case.":
    "Peça no Serviço de Orientação Jurídica antes do fim do prazo do seu caso.",
  "The right to understand and be understood":
    "O direito a compreender e a ser compreendido",
  "At the police and in court you have the right to a free interpreter. At the doctor, school and social services, ask for an interpreter or bring a volunteer: you should never have to rely on your children.":
    "Na polícia e no tribunal tem direito a um intérprete gratuito. No médico, na escola e nos serviços sociais, peça um intérprete ou traga um voluntário: nunca deveria depender dos seus filhos.",
  "Anyone who does not speak Spanish well, and deaf people (sign language).":
    "Qualquer pessoa que não fala bem espanhol, e pessoas surdas (língua gestual).",
  "Say which language you need when you book. For sign language, ask the Deaf Association three days ahead.":
    "Diga de que língua precisa quando marcar. Para língua gestual, peça à Associação de Surdos com três dias de antecedência.",
  "Every child has the right to go to school":
    "Todas as crianças têm direito a ir à escola",
  "School is free and compulsory from 6 to 16, for every child living in Valdemar, whatever the papers of the family. Children can join at any time of the year.":
    "A escola é gratuita e obrigatória dos 6 aos 16 anos para todas as crianças que vivem em Valdemar, tenha ou não a família papéis. As crianças podem entrar em qualquer altura do ano.",
  "All children aged 3 to 18.":
    "Todas as crianças dos 3 aos 18 anos.",
  "Ask at the school nearest you, or at the education office of the town hall.":
    "Pergunte na escola mais perto de si, ou no serviço de educação da câmara municipal.",
  "Vaccination record, if you have it.":
    "Boletim de vacinas, se o tiver.",
  "School lunch for your children":
    "Almoço escolar para os seus filhos",
  "Families with low income can have school lunches paid in full or in part.":
    "As famílias com poucos rendimentos podem ter o almoço escolar pago na totalidade ou em parte.",
  "Families below the income threshold; all children in foster care.":
    "Famílias abaixo do limite de rendimentos; todas as crianças em acolhimento familiar.",
  "Apply at school in September, or at any time if your situation changes.":
    "Peça na escola em setembro, ou em qualquer altura se a sua situação mudar.",
  "Benefit when you lose your job":
    "Subsídio quando perde o emprego",
  "If you worked with a contract for at least a year and lost your job, you can receive unemployment benefit. If not, you may receive an allowance.":
    "Se trabalhou com contrato pelo menos um ano e perdeu o emprego, pode receber o subsídio de desemprego. Se não, talvez possa receber um subsídio social.",
  "Workers who lost their job not by their own choice.":
    "Trabalhadores que perderam o emprego sem ser por escolha sua.",
  "Register at the Employment Office and apply within 15 working days.":
    "Inscreva-se no Centro de Emprego e peça nos 15 dias úteis seguintes.",
  "Employer's certificate.":
    "Certificado da entidade patronal.",
  "Your work must be paid, with or without a contract":
    "O seu trabalho tem de ser pago, com ou sem contrato",
  "Every hour worked must be paid at least the minimum wage, even without a contract and even without papers. You can claim unpaid wages for up to a year.":
    "Cada hora trabalhada tem de ser paga pelo menos ao salário mínimo, mesmo sem contrato e mesmo sem papéis. Pode reclamar salários em atraso durante um ano.",
  "Every worker.":
    "Todos os trabalhadores.",
  "Write down your hours and keep messages. Ask for free advice before signing anything.":
    "Aponte as suas horas e guarde as mensagens. Peça aconselhamento gratuito antes de assinar alguma coisa.",
  "Any proof of the work: messages, photos, payments.":
    "Qualquer prova do trabalho: mensagens, fotografias, pagamentos.",
  "Care when you depend on others":
    "Cuidados quando depende de outras pessoas",
  "If you need help every day to wash, eat or move around, you have the right to an assessment and to support: home help, day centre, telecare or money for your carer.":
    "Se precisa de ajuda todos os dias para se lavar, comer ou deslocar-se, tem direito a uma avaliação e a apoios: apoio domiciliário, centro de dia, teleassistência ou dinheiro para quem cuida de si.",
  "People of any age with a recognised level of dependency.":
    "Pessoas de qualquer idade com um grau de dependência reconhecido.",
  "Apply at your social services centre. A professional visits your home.":
    "Peça no seu centro de serviços sociais. Um profissional visita a sua casa.",
  "Health report from your doctor.":
    "Relatório de saúde do seu médico.",
  "Help at the press of a button":
    "Ajuda ao carregar num botão",
  "If you are over 65 or have a disability and spend time alone, you can have a telecare button at home: day and night, someone answers.":
    "Se tem mais de 65 anos ou uma deficiência e passa tempo sozinho, pode ter teleassistência em casa: de dia e de noite, alguém responde.",
  "People over 65 or with a disability who live alone.":
    "Pessoas com mais de 65 anos ou com deficiência que vivem sozinhas.",
  "Ask at your social services centre.":
    "Peça no seu centro de serviços sociais.",
  "The disability certificate and what it gives you":
    "O certificado de incapacidade e o que lhe dá",
  "A recognised disability of 33% or more gives you tax benefits, transport discounts, reserved jobs and some benefits.":
    "Uma incapacidade reconhecida de 33% ou mais dá-lhe benefícios fiscais, descontos nos transportes, empregos reservados e algumas prestações.",
  "People with a physical, sensory, intellectual or mental health condition.":
    "Pessoas com uma condição física, sensorial, intelectual ou de saúde mental.",
  "Apply at the regional assessment centre; Puentes can help you fill in the forms.":
    "Peça no centro de avaliação regional; a Puentes pode ajudá-lo a preencher os formulários.",
  "Protection against gender violence":
    "Proteção contra a violência de género",
  "Women facing violence have the right to information, a free lawyer, psychological support, a safe place and a protection order, with or without a police report and whatever their papers.":
    "As mulheres que sofrem violência têm direito a informação, advogada gratuita, apoio psicológico, um lugar seguro e uma ordem de proteção, com ou sem queixa e tenham ou não papéis.",
  "Women facing violence, and their children.":
    "Mulheres que sofrem violência, e os seus filhos.",
  "Call the 24-hour line at any time. In immediate danger, call 112.":
    "Ligue para a linha 24 horas a qualquer hora. Em perigo imediato, ligue 112.",
  "Asking for international protection":
    "Pedir proteção internacional",
  "If you fled your country because your life or freedom is in danger, you can ask for asylum in Spain. While your application is studied, you can stay and, after six months, work.":
    "Se fugiu do seu país porque a sua vida ou liberdade estão em perigo, pode pedir asilo em Espanha. Enquanto o seu pedido é analisado, pode ficar e, ao fim de seis meses, trabalhar.",
  "People who fear persecution or serious harm in their country.":
    "Pessoas que temem perseguição ou danos graves no seu país.",
  "Ask for an appointment as soon as possible; Mar Abierto helps you prepare.":
    "Peça uma marcação o mais cedo possível; a Mar Abierto ajuda-o a prepará-la.",
  "Any proof of what happened to you.":
    "Qualquer prova do que lhe aconteceu.",
  "Papers after living here for a time":
    "Papéis depois de viver aqui algum tempo",
  "After two years living in Spain, you may get residence papers through training, a job offer, family or social ties. Registration at the town hall proves the time you have lived here.":
    "Depois de dois anos a viver em Espanha, pode obter autorização de residência através de formação, de uma oferta de trabalho, da família ou de laços sociais. O padrón prova o tempo que vive cá.",
  "Migrants without papers living in Spain for two years or more.":
    "Migrantes sem papéis que vivem em Espanha há dois anos ou mais.",
  "Ask the Immigration Legal Advice which route fits you before you apply.":
    "Pergunte no Apoio Jurídico em Imigração qual o caminho certo para si antes de fazer o pedido.",
  "Help with the internet for public procedures":
    "Ajuda com a internet para serviços públicos",
  "No one should lose a right because they cannot use the internet. Public offices must also attend you in person, and the town hall helps you with online procedures for free.":
    "Ninguém deve perder um direito por não saber usar a internet. Os serviços públicos também têm de o atender pessoalmente, e a câmara ajuda-o de graça com os serviços online.",
  "Everyone.":
    "Todas as pessoas.",
  "Ask for in-person attention, or book help at the Citizen Service Office or a library.":
    "Peça atendimento presencial, ou marque ajuda no Balcão de Atendimento ao Cidadão ou numa biblioteca.",
  "Nobody should go hungry":
    "Ninguém deve passar fome",
  "If you cannot afford food, there is a hot meal every day at San Martín without questions, and food boxes from the Food Bank for your household.":
    "Se não tem dinheiro para comida, há uma refeição quente todos os dias no San Martín, sem perguntas, e cabazes do Banco Alimentar para o seu agregado.",
  "Anyone in need.":
    "Qualquer pessoa em necessidade.",
  "Go to San Martín today; ask a social worker for a Food Bank referral.":
    "Vá hoje ao San Martín; peça a um assistente social o encaminhamento para o Banco Alimentar.",
  "Children have the right to be safe":
    "As crianças têm direito a estar em segurança",
  "Every child has the right to be protected from violence, neglect and bullying. Any adult who knows a child is in danger must tell someone who can help.":
    "Todas as crianças têm direito a ser protegidas da violência, da negligência e do bullying. Qualquer adulto que saiba que uma criança está em perigo tem de contar a alguém que possa ajudar.",
  "Every child and teenager.":
    "Todas as crianças e adolescentes.",
  "Call the Children and Teenagers' Help Line. In danger, call 112.":
    "Ligue para a Linha de Ajuda para Crianças e Jovens. Em perigo, ligue 112.",
};
