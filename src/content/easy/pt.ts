// Easy-read texts of the demo directory in European Portuguese, speaking to the reader as the
// Portuguese interface does ("pode", "o seu"). See easy-texts.ts for the rules.
import type { EasyDocuments, EasyTexts } from './easy-texts';

export const pt: EasyTexts = {
  'housing-advice-office': {
    what: ["Ajudamos com perguntas sobre a sua casa.", "Explicamos como arrendar uma casa e o que são casas sociais.", "Ajudamos a preencher o pedido de uma casa social."],
    who: ["Todas as pessoas que vivem ou trabalham em Valdemar."],
    how: ["Venha quando estamos abertos.", "Ou ligue-nos para marcar uma hora."],
  },
  'rent-grant': {
    what: ["A câmara municipal pode pagar uma parte da sua renda.", "Recebe dinheiro todos os meses.", "Pode receber este dinheiro durante um ano, no máximo."],
    who: ["Paga renda pela sua casa.", "Vive em Valdemar há 6 meses ou mais.", "A renda é muito cara para a sua família."],
    how: ["Peça no Gabinete de Informação sobre Habitação.", "Ou peça na internet.", "Recebe uma resposta em 2 meses."],
  },
  'eviction-support': {
    what: ["Talvez tenha de sair da sua casa.", "Dizemos-lhe quais são os seus direitos.", "Vamos consigo ao tribunal.", "Falamos com o dono da sua casa."],
    who: ["Pessoas que pagam renda por uma casa.", "Pessoas que vivem numa casa sem contrato."],
    how: ["Venha às terças ou às quintas, ao fim da tarde.", "Traga todas as cartas que recebeu."],
  },
  'night-shelter': {
    what: ["Uma cama para dormir à noite.", "Pode jantar, tomar banho e tomar o pequeno-almoço.", "Há lugares só para mulheres.", "Pode trazer o seu animal."],
    who: ["Adultos que não têm onde dormir esta noite.", "Não precisa de documentos."],
    how: ["Venha à porta entre as 8 e as 11 da noite."],
  },
  'day-centre-refugio': {
    what: ["Um sítio quente durante o dia.", "Pode tomar banho e lavar a sua roupa.", "Pode almoçar.", "Pode receber aqui as suas cartas."],
    who: ["Pessoas que dormem na rua.", "Pessoas que podem perder a sua casa."],
    how: ["Pode entrar, sem marcar.", "O almoço é à uma e meia."],
  },
  'food-bank-distribution': {
    what: ["Recebe uma caixa de comida de 2 em 2 semanas.", "Há arroz, leite, azeite e mais coisas.", "Pode pedir comida de bebé e fraldas."],
    who: ["Famílias com muito pouco dinheiro.", "Um assistente social pode mandá-lo até nós."],
    how: ["Da primeira vez, traga os seus documentos.", "Depois recebe a sua caixa no seu dia."],
  },
  'san-martin-meals': {
    what: ["Todos os dias há um almoço quente para si.", "De segunda a sexta, pode levar o jantar para casa.", "Há comida sem carne e comida halal."],
    who: ["Todas as pessoas que precisam de uma refeição."],
    how: ["Venha à porta.", "Ninguém lhe faz perguntas."],
  },
  'el-muelle-pantry': {
    what: ["Uma loja para famílias com pouco dinheiro.", "Escolhe a sua comida e a sua roupa.", "Paga com pontos, não com dinheiro."],
    who: ["Famílias com filhos que vivem perto do porto."],
    how: ["Venha a um sábado de manhã para falar connosco.", "Recebe o seu cartão de pontos no mesmo dia."],
  },
  'school-meals-grant': {
    what: ["A câmara municipal paga o almoço na escola.", "Pode pagar tudo ou só uma parte."],
    who: ["Famílias com pouco dinheiro.", "Crianças que vivem com uma família de acolhimento."],
    how: ["Peça na escola do seu filho em setembro.", "Também pode pedir mais tarde, se a sua vida mudar."],
  },
  'social-services-centre-centro': {
    what: ["O primeiro sítio aonde ir quando precisa de ajuda.", "Um assistente social ouve-o.", "O assistente social ajuda a pedir dinheiro e ajuda em casa."],
    who: ["Pessoas que vivem no centro da cidade, em El Puerto ou em La Arena."],
    how: ["Ligue-nos para marcar uma hora.", "Se for urgente, venha de manhã."],
  },
  'social-services-centre-sur': {
    what: ["Assistentes sociais para o sul da cidade.", "Ajudam a pedir dinheiro e ajuda em casa.", "Ajudam as famílias."],
    who: ["Pessoas que vivem em La Calzada, Contrueces ou Pumarín Sur."],
    how: ["Ligue-nos para marcar uma hora.", "Se for urgente, venha de manhã."],
  },
  'emergency-social-grant': {
    what: ["Dinheiro para uma coisa que tem de pagar já.", "Por exemplo, a conta da luz ou a renda.", "Recebe este dinheiro só uma vez."],
    who: ["Pessoas que vivem em Valdemar.", "Pessoas que não podem pagar uma coisa de que precisam mesmo."],
    how: ["Fale com o seu assistente social.", "Se for urgente, respondemos numa semana."],
  },
  'minimum-income-help': {
    what: ["Ajudamos a pedir um dinheiro que recebe todos os meses.", "Este dinheiro é para famílias com muito pouco dinheiro."],
    who: ["Adultos que vivem em Espanha com documentos há um ano ou mais.", "Famílias com muito pouco dinheiro."],
    how: ["Ligue-nos para marcar uma hora.", "Preenchemos o pedido consigo."],
  },
  'debt-advice': {
    what: ["Deve dinheiro?", "Vemos as suas contas consigo.", "Ajudamos a fazer um plano para pagar.", "Ajudamos a fazer uma queixa."],
    who: ["Todas as pessoas que vivem em Valdemar."],
    how: ["Ligue-nos ou escreva-nos para marcar uma hora.", "Traga todos os seus papéis e cartas."],
  },
  'energy-bills-help': {
    what: ["Lemos consigo as suas contas da luz e do gás.", "Ajudamos a pagar menos.", "Não deixamos que lhe cortem a luz."],
    who: ["Todas as famílias de Valdemar."],
    how: ["Venha às terças ou às quintas de manhã.", "Também nos pode ligar."],
  },
  'clothes-bank': {
    what: ["Recebe roupa e sapatos limpos.", "Também há lençóis e cobertores.", "A partir de novembro há casacos de inverno."],
    who: ["Todas as pessoas que precisam de roupa."],
    how: ["Venha quando estamos abertos.", "Pode vir 2 vezes por mês."],
  },
  'job-seeker-registration': {
    what: ["Diz ao centro de emprego que procura trabalho.", "Pode pedir dinheiro quando perde o emprego.", "Pode ver ofertas de trabalho."],
    who: ["Pessoas que não têm trabalho.", "Pessoas que querem um trabalho novo.", "Precisa de documentos que o deixam trabalhar."],
    how: ["Ligue-nos ou use a internet para marcar uma hora.", "Peça o dinheiro logo depois de perder o emprego."],
  },
  'employment-guidance': {
    what: ["Ajudamos a procurar trabalho.", "Ajudamos a escrever sobre o seu trabalho e os seus estudos.", "Ajudamos a preparar a conversa com um patrão."],
    who: ["Pessoas que disseram ao centro de emprego que procuram trabalho."],
    how: ["Peça-nos quando se inscrever.", "Ou ligue-nos para marcar uma hora."],
  },
  'youth-compass': {
    what: ["Pergunte-nos o que quiser.", "Por exemplo sobre trabalho, estudos, drogas ou amor.", "Encontramos uma pessoa que o pode ajudar."],
    who: ["Jovens dos 14 aos 30 anos."],
    how: ["Venha cá, ligue-nos ou mande uma mensagem.", "Guardamos segredo."],
  },
  'vocational-courses': {
    what: ["Cursos grátis para aprender uma profissão.", "Por exemplo cozinha, limpeza ou cuidar de pessoas.", "Trabalha numa empresa e recebe dinheiro por isso."],
    who: ["Adultos que procuram trabalho."],
    how: ["Venha a uma reunião na primeira segunda-feira do mês.", "A reunião é às 10 da manhã."],
  },
  'literacy-and-spanish': {
    what: ["Aprenda a ler e a escrever.", "Aprenda espanhol desde o início.", "Aprende em grupos pequenos."],
    who: ["Todas as pessoas com mais de 16 anos.", "Não precisa de documentos."],
    how: ["Inscreva-se na secretaria da escola.", "Há grupos novos em setembro, janeiro e abril."],
  },
  'job-club-library': {
    what: ["Todas as semanas procuramos trabalho juntos.", "Pode usar o computador e a impressora de graça.", "Pode treinar a conversa com um patrão."],
    who: ["Todas as pessoas que procuram trabalho."],
    how: ["Venha às quartas-feiras à tarde."],
  },
  'health-centre-el-puerto': {
    what: ["Médicos e enfermeiros para si e para os seus filhos.", "Pode tomar vacinas aqui.", "Um assistente social ajuda a tirar o cartão de saúde."],
    who: ["Todas as pessoas que vivem perto de El Puerto.", "Quando é urgente, todas as pessoas podem vir."],
    how: ["Ligue-nos ou peça uma hora ao balcão.", "Se for urgente, use a porta das urgências."],
  },
  'health-card-help': {
    what: ["Com o cartão de saúde, vai ao médico de graça.", "O assistente social ajuda a tirar o cartão de saúde.", "Pode tê-lo sem documentos."],
    who: ["Todas as pessoas em Valdemar que não têm cartão de saúde."],
    how: ["Peça uma hora ao balcão.", "Ou ligue-nos."],
  },
  'addiction-support': {
    what: ["Ajuda com o álcool, as drogas, o jogo ou os ecrãs.", "Pode falar com um psicólogo.", "Também ajudamos a sua família."],
    who: ["Todas as pessoas com mais de 14 anos, e as suas famílias."],
    how: ["Ligue-nos ou venha cá.", "Falamos consigo em menos de uma semana."],
  },
  'mental-health-listening': {
    what: ["Pode ligar e falar.", "Nós ouvimo-lo.", "Não o julgamos.", "Se estiver em perigo, ligue para o 112."],
    who: ["Todas as pessoas que precisam de falar."],
    how: ["Ligue-nos à noite.", "Estamos cá todos os dias."],
  },
  'mental-health-groups': {
    what: ["Grupos para pessoas que se sentem nervosas ou muito tristes.", "Todas as semanas encontra pessoas na mesma situação.", "Também há um grupo para as famílias."],
    who: ["Adultos."],
    how: ["Primeiro, ligue-nos."],
  },
  'free-legal-guidance': {
    what: ["Um advogado explica-lhe o seu problema.", "O advogado ajuda a ter um advogado gratuito."],
    who: ["Todas as pessoas."],
    how: ["Venha de manhã, de segunda a sexta.", "Venha antes do meio-dia."],
  },
  'immigration-legal-advice': {
    what: ["Advogados ajudam com os seus documentos.", "Por exemplo os documentos para viver e trabalhar em Espanha."],
    who: ["Pessoas de outros países que vivem em Valdemar."],
    how: ["Ligue-nos para marcar uma hora.", "Traga todos os seus documentos."],
  },
  'workers-rights-advice': {
    what: ["O seu patrão não lhe pagou?", "Perdeu o emprego?", "Um advogado diz-lhe o que pode fazer."],
    who: ["Todas as pessoas que trabalham.", "Também quem trabalha sem contrato."],
    how: ["Ligue-nos para marcar uma hora.", "Se perdeu o emprego, ligue-nos depressa."],
  },
  'consumer-complaints': {
    what: ["Ajudamos a fazer uma queixa contra uma empresa.", "Por exemplo um banco ou uma empresa de telefones."],
    who: ["Todas as pessoas que vivem em Valdemar."],
    how: ["Venha com os seus papéis.", "Ou mande-nos os papéis por email."],
  },
  'sexual-health-clinic': {
    what: ["Ajuda com o sexo e a gravidez.", "Pode fazer testes e pedir conselhos.", "Mais ninguém fica a saber."],
    who: ["Todas as pessoas com mais de 14 anos.", "Os jovens podem vir sozinhos."],
    how: ["Venha às terças-feiras à tarde.", "Ou ligue-nos para marcar uma hora."],
  },
  'family-support-las-dunas': {
    what: ["Ajuda para a sua família em casa.", "Uma pessoa vai a sua casa.", "Ajuda com a escola, as regras e as discussões em casa."],
    who: ["Famílias com filhos que vivem em Valdemar."],
    how: ["Ligue-nos.", "Ou fale com o seu assistente social."],
  },
  'family-mediation': {
    what: ["Os pais que se separam podem falar aqui.", "Uma pessoa ajuda-os a combinar o que é melhor para os filhos.", "Não precisam de ir a tribunal."],
    who: ["Casais que se separam.", "Famílias que discutem muito."],
    how: ["Ligue-nos para marcar uma hora."],
  },
  'early-childhood-group': {
    what: ["Pais e bebés encontram-se e brincam.", "Uma enfermeira responde às suas perguntas sobre o seu bebé."],
    who: ["Pais com um filho com menos de 3 anos."],
    how: ["Venha às sextas-feiras de manhã."],
  },
  'los-pinos-afterschool': {
    what: ["Um sítio para as crianças depois da escola.", "As crianças lancham e têm ajuda com os trabalhos de casa.", "As crianças brincam enquanto os pais trabalham."],
    who: ["Crianças dos 6 aos 16 anos."],
    how: ["Peça-nos um lugar.", "Ou fale com o seu assistente social."],
  },
  'homework-help-el-muelle': {
    what: ["Voluntários ajudam as crianças com os trabalhos de casa.", "Ajudam com a leitura e a matemática.", "A sala é calma."],
    who: ["Crianças e jovens que vivem perto do porto."],
    how: ["Os pais vêm a uma segunda-feira para inscrever o filho."],
  },
  'lgbti-support': {
    what: ["Um sítio seguro para pessoas lésbicas, gays, bissexuais e trans.", "Pode falar com pessoas que vivem o mesmo.", "Também ajudamos a sua família."],
    who: ["Pessoas lésbicas, gays, bissexuais e trans, e as suas famílias."],
    how: ["Venha às quintas-feiras ao fim da tarde.", "Guardamos segredo."],
  },
  'la-atalaya-centre': {
    what: ["Um sítio para conhecer pessoas.", "Pode fazer atividades e almoçar.", "Não tem de estar sozinho."],
    who: ["Pessoas com mais de 60 anos que vivem em Valdemar."],
    how: ["Venha com o seu cartão de identidade.", "Recebe um cartão de sócio grátis."],
  },
  'home-help': {
    what: ["Uma pessoa vai a sua casa para o ajudar.", "Ajuda a lavar-se, a comer, a limpar e a fazer compras."],
    who: ["Pessoas idosas e pessoas com deficiência."],
    how: ["Peça no seu centro de serviços sociais.", "Um assistente social vai visitá-lo."],
  },
  'telecare': {
    what: ["Um botão que traz sempre consigo.", "Carregue no botão quando precisar de ajuda.", "Uma pessoa responde de dia e de noite."],
    who: ["Pessoas com mais de 65 anos que vivem sozinhas.", "Pessoas com deficiência que vivem sozinhas."],
    how: ["Peça no seu centro de serviços sociais."],
  },
  'loneliness-phone-friends': {
    what: ["Um voluntário liga-lhe todas as semanas.", "Podem conversar.", "O voluntário também o pode visitar."],
    who: ["Pessoas idosas que se sentem sozinhas."],
    how: ["Ligue-nos.", "Outra pessoa também pode ligar por si."],
  },
  'carers-support': {
    what: ["Cuida de uma pessoa da sua família?", "Pode conhecer pessoas na mesma situação.", "Pode aprender a cuidar.", "Pode ter um tempo para descansar."],
    who: ["Todas as pessoas que cuidam de alguém da família."],
    how: ["Ligue-nos."],
  },
  'dependency-assessment': {
    what: ["Uma pessoa vê de quanta ajuda precisa todos os dias.", "Depois pode ter ajuda em casa.", "Ou dinheiro para a pessoa que cuida de si."],
    who: ["Pessoas que precisam de ajuda todos os dias."],
    how: ["Peça no seu centro de serviços sociais.", "Uma pessoa vai a sua casa."],
  },
  'easy-read-advice': {
    what: ["Explicamos cartas e papéis em palavras fáceis.", "Podemos ir consigo a reuniões."],
    who: ["Pessoas que acham difícil ler."],
    how: ["Venha cá ou ligue-nos.", "Pode trazer uma pessoa de confiança."],
  },
  'supported-employment': {
    what: ["Uma pessoa ajuda-o a encontrar trabalho.", "Essa pessoa também o ajuda no trabalho."],
    who: ["Pessoas com deficiência que querem trabalhar."],
    how: ["Ligue-nos."],
  },
  'sign-language-interpreting': {
    what: ["Um intérprete de língua gestual vai consigo.", "Por exemplo ao médico ou ao banco."],
    who: ["Pessoas surdas."],
    how: ["Peça-nos 3 dias antes.", "Mande uma mensagem, faça uma videochamada ou mande um email."],
  },
  'disability-certificate-help': {
    what: ["Com o certificado de incapacidade, tem descontos e dinheiro.", "Explicamos-lhe o que é.", "Ajudamos a pedi-lo."],
    who: ["Pessoas com deficiência ou com uma doença longa."],
    how: ["Ligue-nos para marcar uma hora.", "Traga os seus papéis do médico."],
  },
  'newcomers-welcome': {
    what: ["Informação na sua língua.", "Explicamos como ir ao médico e à escola.", "Dizemos-lhe onde pode aprender espanhol."],
    who: ["Pessoas que chegaram há pouco a Valdemar."],
    how: ["Pode entrar, sem marcar.", "Diga-nos se precisa de um intérprete."],
  },
  'asylum-reception': {
    what: ["Pediu proteção a Espanha?", "Damos-lhe uma casa e algum dinheiro.", "Pode aprender espanhol e falar com um advogado."],
    who: ["Pessoas que pedem proteção a Espanha."],
    how: ["Ligue-nos ou venha cá."],
  },
  'ukraine-help-desk': {
    what: ["Ajuda para pessoas da Ucrânia.", "Ajudamos com documentos, escola, trabalho e casa.", "Falamos ucraniano."],
    who: ["Pessoas que vieram da Ucrânia."],
    how: ["Venha às segundas ou às quartas.", "Ou mande uma mensagem."],
  },
  'registration-help': {
    what: ["Ponha a sua morada na lista da câmara municipal.", "Assim pode ir ao médico e à escola.", "Pode fazê-lo sem contrato de arrendamento."],
    who: ["Todas as pessoas que vivem em Valdemar.", "Também pessoas sem documentos ou sem casa."],
    how: ["Venha cá ou marque uma hora.", "Não tem casa?", "Os serviços sociais podem ajudá-lo."],
  },
  'interpreting-volunteers': {
    what: ["Um voluntário fala a sua língua.", "O voluntário vai consigo ao médico ou à escola."],
    who: ["Pessoas que ainda não falam bem espanhol."],
    how: ["Ligue-nos ou mande uma mensagem.", "Peça-nos 2 dias antes."],
  },
  'violence-24h-line': {
    what: ["Alguém lhe faz mal?", "Ligue-nos de dia ou de noite.", "Ouvimos e ajudamos.", "A chamada é grátis."],
    who: ["Mulheres que sofrem violência.", "Pessoas preocupadas com uma mulher."],
    how: ["Ligue ou mande uma mensagem a qualquer hora.", "Se estiver em perigo agora, ligue para o 112."],
  },
  'womens-centre-advice': {
    what: ["Uma advogada e uma psicóloga para mulheres.", "Ajudamos mulheres que sofrem violência.", "Vamos consigo à polícia."],
    who: ["Mulheres que vivem em Valdemar."],
    how: ["Ligue-nos ou venha cá.", "Não tem de dizer o seu nome."],
  },
  'emergency-social-service': {
    what: ["Ajuda quando os serviços sociais estão fechados.", "Por exemplo à noite ou ao fim de semana."],
    who: ["Todas as pessoas em Valdemar que precisam de ajuda agora."],
    how: ["Ligue à noite, ao fim de semana ou nos feriados."],
  },
  'child-protection-line': {
    what: ["Alguém te faz mal?", "Tens medo?", "Liga-nos ou manda uma mensagem."],
    who: ["Crianças e jovens.", "Adultos preocupados com uma criança."],
    how: ["Podes ligar ou mandar uma mensagem todos os dias.", "Estamos cá das 9 da manhã à meia-noite."],
  },
  'hate-crime-support': {
    what: ["Alguém lhe fez mal por causa de quem é?", "Ajudamos a contar à polícia.", "Continuamos a ajudar depois."],
    who: ["Todas as pessoas a quem isto aconteceu.", "Pessoas que viram o que aconteceu."],
    how: ["Ligue-nos ou mande uma mensagem."],
  },
  'library-computers': {
    what: ["Pode usar computadores e a internet de graça.", "Também há uma impressora.", "As pessoas da biblioteca ajudam."],
    who: ["Todas as pessoas."],
    how: ["Entre e pergunte no balcão."],
  },
  'digital-skills-course': {
    what: ["Aprenda a usar um telemóvel com internet.", "Aprende a ligar, a mandar mensagens e a tirar fotografias.", "Aprende a proteger-se de perigos."],
    who: ["Todas as pessoas que nunca usaram um telemóvel destes."],
    how: ["Ligue-nos.", "Todos os meses começa um curso novo."],
  },
  'donated-devices': {
    what: ["Pode receber um telemóvel ou um computador grátis.", "Recebe um cartão com internet grátis durante 6 meses."],
    who: ["Pessoas que não têm telemóvel nem computador."],
    how: ["Fale com o seu assistente social."],
  },
  'online-procedures-help': {
    what: ["Ajudamos a preencher pedidos na internet.", "Ajudamos a marcar uma hora num serviço público."],
    who: ["Todas as pessoas que vivem em Valdemar."],
    how: ["Ligue-nos para marcar uma hora.", "Ou venha cedo."],
  },
  'scam-help': {
    what: ["Recebeu uma mensagem estranha?", "Perdeu dinheiro na internet?", "Ajudamos passo a passo."],
    who: ["Todas as pessoas."],
    how: ["Ligue-nos ou venha às quintas de manhã.", "Traga o seu telemóvel ou o seu cartão."],
  },
  'youth-digital-lab': {
    what: ["Aulas grátis para jovens.", "Aprende a fazer vídeos e aplicações.", "Aprende a estar seguro na internet."],
    who: ["Jovens."],
    how: ["Inscreva-se em La Brújula.", "Ou mande uma mensagem."],
  },
  'right-to-register': {
    what: ["Pode pôr a sua morada na lista da câmara municipal.", "Pode fazê-lo sem documentos.", "Assim pode ir ao médico e à escola."],
    who: ["Todas as pessoas que vivem em Valdemar."],
    how: ["Vá ao Balcão de Atendimento ao Cidadão.", "Não tem casa?", "Os serviços sociais podem ajudá-lo."],
  },
  'right-to-health-care': {
    what: ["Todas as pessoas em Valdemar podem ir ao médico.", "Também as pessoas sem documentos.", "Para as crianças e as grávidas, é sempre grátis."],
    who: ["Todas as pessoas que vivem em Valdemar."],
    how: ["Peça o cartão de saúde no seu centro de saúde."],
  },
  'right-to-minimum-income': {
    what: ["Tem muito pouco dinheiro?", "Pode receber dinheiro todos os meses.", "Também pode ter um trabalho pequeno."],
    who: ["Adultos que vivem em Espanha com documentos há um ano."],
    how: ["Peça ajuda no Gabinete de Prestações.", "Recebe uma resposta em 6 meses."],
  },
  'right-to-emergency-help': {
    what: ["Não pode pagar uma coisa de que precisa mesmo?", "A câmara municipal pode dar-lhe dinheiro uma vez."],
    who: ["Pessoas que vivem em Valdemar."],
    how: ["Fale com o seu assistente social.", "Quando é urgente, a resposta chega numa semana."],
  },
  'right-to-rent-help': {
    what: ["A renda é cara demais?", "A câmara municipal pode pagar uma parte da sua renda."],
    who: ["Pessoas que pagam renda por uma casa em Valdemar."],
    how: ["Peça no Gabinete de Informação sobre Habitação."],
  },
  'right-against-eviction': {
    what: ["O dono da casa não o pode pôr na rua.", "Só um juiz pode decidir isso.", "O dono não lhe pode cortar a água."],
    who: ["Todas as pessoas que vivem numa casa arrendada."],
    how: ["Recebeu uma carta do tribunal?", "Peça já um advogado gratuito."],
  },
  'right-to-energy-discount': {
    what: ["Pode pagar menos pela luz.", "Se estiver protegido, a empresa não lhe pode cortar a luz."],
    who: ["Famílias com pouco dinheiro.", "Famílias numerosas."],
    how: ["Peça ajuda ao Ponto de Aconselhamento Energético."],
  },
  'right-to-free-lawyer': {
    what: ["Tem pouco dinheiro?", "Pode ter um advogado gratuito.", "As mulheres que sofrem violência têm sempre um advogado gratuito."],
    who: ["Pessoas com pouco dinheiro."],
    how: ["Peça no Serviço de Orientação Jurídica.", "Peça cedo."],
  },
  'right-to-interpreter': {
    what: ["Tem o direito de compreender.", "Na polícia e no tribunal, tem um intérprete gratuito.", "Os seus filhos não devem ser os seus intérpretes."],
    who: ["Pessoas que não falam bem espanhol.", "Pessoas surdas."],
    how: ["Diga qual é a sua língua quando marcar uma hora."],
  },
  'right-to-school': {
    what: ["Todas as crianças podem ir à escola.", "A escola é grátis.", "Os documentos não contam."],
    who: ["Todas as crianças dos 3 aos 18 anos."],
    how: ["Peça na escola perto de si."],
  },
  'right-to-school-meals': {
    what: ["A câmara municipal pode pagar o almoço na escola.", "É para famílias com pouco dinheiro."],
    who: ["Famílias com pouco dinheiro."],
    how: ["Peça na escola em setembro."],
  },
  'right-to-unemployment-benefit': {
    what: ["Perdeu o emprego?", "Pode receber dinheiro todos os meses."],
    who: ["Pessoas que perderam o emprego."],
    how: ["Vá ao Centro de Emprego.", "Peça nos primeiros 15 dias."],
  },
  'right-to-fair-pay': {
    what: ["O seu patrão tem de lhe pagar o seu trabalho.", "Também sem contrato.", "Também sem documentos."],
    who: ["Todas as pessoas que trabalham."],
    how: ["Escreva as suas horas de trabalho.", "Guarde as suas mensagens.", "Peça conselho antes de assinar."],
  },
  'right-to-dependency-care': {
    what: ["Precisa de ajuda todos os dias?", "Por exemplo para se lavar, comer ou andar?", "Pode ter ajuda em casa."],
    who: ["Pessoas que precisam de ajuda todos os dias."],
    how: ["Peça no seu centro de serviços sociais."],
  },
  'right-to-telecare': {
    what: ["Um botão em casa para pedir ajuda.", "Uma pessoa responde de dia e de noite."],
    who: ["Pessoas com mais de 65 anos que vivem sozinhas.", "Pessoas com deficiência que vivem sozinhas."],
    how: ["Peça no seu centro de serviços sociais."],
  },
  'right-to-disability-certificate': {
    what: ["O certificado de incapacidade dá-lhe ajudas.", "Por exemplo descontos no autocarro e ajuda para encontrar trabalho."],
    who: ["Pessoas com deficiência."],
    how: ["Peça o certificado.", "A Puentes pode ajudar a preencher os papéis."],
  },
  'right-to-protection-from-violence': {
    what: ["Alguém lhe faz mal?", "Tem direito a ajuda e a um sítio seguro.", "Tem um advogado gratuito."],
    who: ["Mulheres que sofrem violência, e os seus filhos."],
    how: ["Ligue para a linha de 24 horas.", "Se estiver em perigo agora, ligue para o 112."],
  },
  'right-to-asylum': {
    what: ["Fugiu de um perigo no seu país?", "Pode pedir proteção a Espanha."],
    who: ["Pessoas que estão em perigo no seu país."],
    how: ["Peça uma hora depressa.", "A Mar Abierto pode ajudá-lo."],
  },
  'right-to-residence-through-roots': {
    what: ["Vive em Espanha sem documentos?", "Depois de 2 anos, pode ter documentos."],
    who: ["Pessoas de outros países que vivem em Espanha há 2 anos ou mais."],
    how: ["Primeiro, fale com um advogado."],
  },
  'right-to-digital-help': {
    what: ["Pode tratar dos seus assuntos nos serviços, em pessoa.", "Não precisa da internet.", "A câmara municipal ajuda-o com a internet."],
    who: ["Todas as pessoas."],
    how: ["Peça no Balcão de Atendimento ao Cidadão ou numa biblioteca."],
  },
  'right-to-food': {
    what: ["Ninguém deve passar fome.", "Pode comer uma refeição quente todos os dias, de graça."],
    who: ["Todas as pessoas que precisam de comida."],
    how: ["Vá hoje à Cantina Social San Martín."],
  },
  'right-to-child-protection': {
    what: ["Todas as crianças têm de estar seguras.", "Ninguém pode fazer mal a uma criança.", "Se sabe que uma criança está em perigo, conte a alguém."],
    who: ["Todas as crianças e jovens."],
    how: ["Ligue para a Linha de Ajuda para Crianças e Jovens.", "Se uma criança estiver em perigo agora, ligue para o 112."],
  },
};

/** O que levar, em palavras fáceis, pelo texto normal em inglês do documento. */
export const ptDocuments: EasyDocuments = {
  'Identity document: DNI, NIE or passport (any of them, even expired).': 'O seu cartão de identidade, o seu cartão de estrangeiro ou o seu passaporte. Também serve se já estiver fora de prazo.',
  'Certificate of registration in Valdemar (empadronamiento), if you have it.': 'O papel que diz que vive em Valdemar, se o tiver.',
  "Proof of the household's income in the last three months (payslips, benefit letters).": 'Papéis que mostram o dinheiro que a sua família recebeu nos últimos 3 meses.',
  'Rental contract and the last rent receipts.': 'O seu contrato de arrendamento e os papéis que mostram que pagou a renda.',
  'Bank account details (IBAN) in your name.': 'O número da sua conta no banco.',
  'Any letters or papers about your problem.': 'Todas as cartas e papéis sobre o seu problema.',
  'Nothing. Come as you are.': 'Não precisa de trazer nada.',
  'Referral letter from social services, if you have one.': 'A carta dos serviços sociais, se a tiver.',
  "Family book or children's birth certificates.": 'O seu livro de família ou os papéis de nascimento dos seus filhos.',
  'The bill or quote you need to pay.': 'A conta que tem de pagar.',
  'Your latest bank statements.': 'Os últimos papéis do seu banco.',
  'Your last electricity and gas bills.': 'As suas últimas contas da luz e do gás.',
  "Your employer's certificate of end of contract.": 'O papel do seu patrão que diz que o seu trabalho acabou.',
  'Your job-seeker card.': 'O seu cartão do centro de emprego.',
  'Health card, if you have one.': 'O seu cartão de saúde, se o tiver.',
  'Payslips, contract and the dismissal letter, if any.': 'Os seus recibos do salário, o seu contrato de trabalho e a carta de despedimento.',
  'The contract, invoice or receipt, and any messages with the company.': 'O contrato, a fatura e todas as mensagens com a empresa.',
  'Health reports, if you have them.': 'Papéis do seu médico, se os tiver.',
  'Recent health report from your doctor.': 'Um papel recente do seu médico sobre a sua saúde.',
  'Disability certificate.': 'O papel que diz que tem uma deficiência.',
  'Health reports.': 'Papéis do seu médico.',
  'Your asylum application paper or appointment, if you have it.': 'O seu papel do pedido de proteção ou da sua marcação, se o tiver.',
  'Rental contract, or a signed authorisation from the owner or the main tenant.': 'O seu contrato de arrendamento, ou uma carta assinada pelo dono da casa.',
  'Referral form.': 'O papel que o manda até nós.',
  'Your mobile phone, if you have one.': 'O seu telemóvel, se o tiver.',
  'Rental contract or authorisation from the person who lives there.': 'O seu contrato de arrendamento, ou uma carta assinada pela pessoa que vive lá.',
  'The bill you need to pay.': 'A conta que tem de pagar.',
  'Your last electricity bill.': 'A sua última conta da luz.',
  'Vaccination record, if you have it.': 'O papel das suas vacinas, se o tiver.',
  "Employer's certificate.": 'Um papel do seu patrão sobre o seu trabalho.',
  'Any proof of the work: messages, photos, payments.': 'Alguma coisa que mostre que fez o trabalho. Por exemplo mensagens, fotografias ou pagamentos.',
  'Health report from your doctor.': 'Um papel do seu médico sobre a sua saúde.',
  'Any proof of what happened to you.': 'Alguma coisa que mostre o que lhe aconteceu.',
};
