// Easy-read texts of the demo directory in French. See easy-texts.ts for the rules.
import type { EasyDocuments, EasyTexts } from './easy-texts';

export const fr: EasyTexts = {
  'housing-advice-office': {
    what: ["Nous vous aidons pour vos questions sur le logement.", "Nous expliquons la location et le logement social.", "Nous vous aidons à remplir la demande de logement social."],
    who: ["Toutes les personnes qui vivent ou travaillent à Valdemar."],
    how: ["Venez quand c’est ouvert.", "Ou appelez pour avoir un rendez-vous."],
  },
  'rent-grant': {
    what: ["La mairie peut payer une partie de votre loyer.", "Vous recevez de l’argent chaque mois.", "Vous pouvez le recevoir pendant un an au plus."],
    who: ["Vous louez votre logement.", "Vous habitez à Valdemar depuis 6 mois ou plus.", "Le loyer coûte cher pour votre famille."],
    how: ["Demandez au Bureau d’information sur le logement.", "Ou demandez sur internet.", "Vous avez une réponse en 2 mois."],
  },
  'eviction-support': {
    what: ["Vous devez peut-être quitter votre logement ?", "Nous vous disons vos droits.", "Nous allons avec vous au tribunal.", "Nous parlons avec le propriétaire."],
    who: ["Les personnes qui louent un logement.", "Les personnes qui vivent dans un logement sans contrat."],
    how: ["Venez le mardi ou le jeudi soir.", "Apportez toutes les lettres que vous avez reçues."],
  },
  'night-shelter': {
    what: ["Un lit pour la nuit.", "Vous avez un dîner, une douche et un petit-déjeuner.", "Il y a des places seulement pour les femmes.", "Vous pouvez venir avec votre animal."],
    who: ["Les adultes qui n’ont pas d’endroit pour dormir ce soir.", "Vous n’avez pas besoin de papiers."],
    how: ["Venez à la porte entre 8 heures et 11 heures du soir."],
  },
  'day-centre-refugio': {
    what: ["Un endroit chaud pendant la journée.", "Vous pouvez prendre une douche et laver vos vêtements.", "Vous avez un repas à midi.", "Vos lettres peuvent arriver ici."],
    who: ["Les personnes qui dorment dans la rue.", "Les personnes qui peuvent perdre leur logement."],
    how: ["Entrez simplement.", "Le repas est à une heure et demie."],
  },
  'food-bank-distribution': {
    what: ["Vous recevez un colis de nourriture toutes les 2 semaines.", "Il y a du riz, du lait, de l’huile et plus.", "Vous pouvez demander de la nourriture pour bébé et des couches."],
    who: ["Les familles qui ont très peu d’argent.", "Un travailleur social peut vous envoyer."],
    how: ["La première fois, apportez vos papiers.", "Ensuite, vous prenez votre colis le jour prévu."],
  },
  'san-martin-meals': {
    what: ["Vous avez un repas chaud chaque jour.", "En semaine, vous pouvez emporter le dîner.", "Il y a des repas sans viande et des repas halal."],
    who: ["Toutes les personnes qui ont besoin de manger."],
    how: ["Venez à la porte.", "Personne ne vous pose de questions."],
  },
  'el-muelle-pantry': {
    what: ["Un magasin pour les familles qui ont peu d’argent.", "Vous choisissez votre nourriture et vos vêtements.", "Vous payez avec des points, pas avec de l’argent."],
    who: ["Les familles avec enfants qui vivent près du port."],
    how: ["Venez le samedi matin pour parler avec nous.", "Vous recevez votre carte de points le même jour."],
  },
  'school-meals-grant': {
    what: ["La mairie paie la cantine de l’école.", "Elle peut payer tout ou une partie."],
    who: ["Les familles qui ont peu d’argent.", "Les enfants qui vivent dans une famille d’accueil."],
    how: ["Demandez à l’école de votre enfant en septembre.", "Vous pouvez aussi demander plus tard si votre vie change."],
  },
  'social-services-centre-centro': {
    what: ["Le premier endroit où aller quand vous avez besoin d’aide.", "Un travailleur social vous écoute.", "Il vous aide à demander de l’argent et de l’aide à la maison."],
    who: ["Les personnes qui vivent au centre-ville, à El Puerto ou à La Arena."],
    how: ["Appelez pour avoir un rendez-vous.", "Si c’est urgent, venez le matin."],
  },
  'social-services-centre-sur': {
    what: ["Des travailleurs sociaux pour le sud de la ville.", "Ils vous aident à demander de l’argent et de l’aide à la maison.", "Ils aident les familles."],
    who: ["Les personnes qui vivent à La Calzada, Contrueces ou Pumarín Sur."],
    how: ["Appelez pour avoir un rendez-vous.", "Si c’est urgent, venez le matin."],
  },
  'emergency-social-grant': {
    what: ["De l’argent pour une chose que vous devez payer tout de suite.", "Par exemple une facture d’électricité ou le loyer.", "Vous recevez cet argent une seule fois."],
    who: ["Les personnes qui vivent à Valdemar.", "Les personnes qui ne peuvent pas payer une chose importante."],
    how: ["Demandez à votre travailleur social.", "Si c’est urgent, nous répondons en une semaine."],
  },
  'minimum-income-help': {
    what: ["Nous vous aidons à demander de l’argent chaque mois.", "Cet argent est pour les familles qui ont très peu d’argent."],
    who: ["Les adultes qui vivent en Espagne avec des papiers depuis un an ou plus.", "Les familles qui ont très peu d’argent."],
    how: ["Appelez pour avoir un rendez-vous.", "Nous remplissons la demande avec vous."],
  },
  'debt-advice': {
    what: ["Vous devez de l’argent ?", "Nous regardons vos factures avec vous.", "Nous vous aidons à faire un plan pour payer.", "Nous vous aidons à vous plaindre."],
    who: ["Toutes les personnes qui vivent à Valdemar."],
    how: ["Appelez ou écrivez pour avoir un rendez-vous.", "Apportez tous vos papiers et vos lettres."],
  },
  'energy-bills-help': {
    what: ["Nous lisons avec vous vos factures d’électricité et de gaz.", "Nous vous aidons à payer moins.", "Nous empêchons de couper votre électricité."],
    who: ["Toutes les familles de Valdemar."],
    how: ["Venez le mardi ou le jeudi matin.", "Vous pouvez aussi appeler."],
  },
  'clothes-bank': {
    what: ["Vous recevez des vêtements propres et des chaussures.", "Il y a aussi des draps et des couvertures.", "À partir de novembre, il y a des manteaux."],
    who: ["Toutes les personnes qui ont besoin de vêtements."],
    how: ["Venez quand c’est ouvert.", "Vous pouvez venir 2 fois par mois."],
  },
  'job-seeker-registration': {
    what: ["Vous dites au bureau que vous cherchez du travail.", "Vous pouvez demander de l’argent si vous perdez votre travail.", "Vous pouvez voir des offres de travail."],
    who: ["Les personnes sans travail.", "Les personnes qui veulent un autre travail.", "Vous avez besoin de papiers qui permettent de travailler."],
    how: ["Appelez ou utilisez internet pour avoir un rendez-vous.", "Demandez l’argent vite après la perte de votre travail."],
  },
  'employment-guidance': {
    what: ["Nous vous aidons à chercher du travail.", "Nous vous aidons à écrire votre expérience et vos études.", "Nous vous préparons à parler à un patron."],
    who: ["Les personnes inscrites au bureau pour chercher du travail."],
    how: ["Demandez quand vous vous inscrivez.", "Ou appelez pour avoir un rendez-vous."],
  },
  'youth-compass': {
    what: ["Posez-nous toutes vos questions.", "Par exemple sur le travail, les études, les drogues ou l’amour.", "Nous trouvons une personne qui peut vous aider."],
    who: ["Les jeunes de 14 à 30 ans."],
    how: ["Venez, appelez ou envoyez un message.", "C’est secret."],
  },
  'vocational-courses': {
    what: ["Des formations gratuites pour apprendre un métier.", "Par exemple la cuisine, le ménage ou l’aide aux personnes.", "Vous travaillez dans une entreprise et vous êtes payé."],
    who: ["Les adultes qui cherchent du travail."],
    how: ["Venez à une réunion le premier lundi du mois.", "La réunion est à 10 heures du matin."],
  },
  'literacy-and-spanish': {
    what: ["Apprenez à lire et à écrire.", "Apprenez l’espagnol depuis le début.", "Vous apprenez en petits groupes."],
    who: ["Toutes les personnes de plus de 16 ans.", "Vous n’avez pas besoin de papiers."],
    how: ["Inscrivez-vous au bureau de l’école.", "De nouveaux groupes commencent en septembre, janvier et avril."],
  },
  'job-club-library': {
    what: ["Chaque semaine, nous cherchons du travail ensemble.", "Vous pouvez utiliser l’ordinateur et l’imprimante gratuitement.", "Vous pouvez vous entraîner à parler à un patron."],
    who: ["Toutes les personnes qui cherchent du travail."],
    how: ["Venez le mercredi après-midi."],
  },
  'health-centre-el-puerto': {
    what: ["Des médecins et des infirmiers pour vous et vos enfants.", "Vous pouvez faire vos vaccins ici.", "Une assistante sociale vous aide à avoir la carte de santé."],
    who: ["Toutes les personnes qui vivent près d’El Puerto.", "Tout le monde quand c’est urgent."],
    how: ["Appelez ou demandez un rendez-vous à l’accueil.", "Si c’est urgent, passez par la porte des urgences."],
  },
  'health-card-help': {
    what: ["Avec la carte de santé, vous voyez un médecin gratuitement.", "L’assistante sociale vous aide à l’avoir.", "Vous pouvez l’avoir sans papiers."],
    who: ["Toutes les personnes de Valdemar sans carte de santé."],
    how: ["Demandez un rendez-vous à l’accueil.", "Ou appelez."],
  },
  'addiction-support': {
    what: ["De l’aide pour l’alcool, les drogues, les jeux d’argent ou les écrans.", "Vous pouvez parler à un psychologue.", "Nous aidons aussi votre famille."],
    who: ["Toutes les personnes de plus de 14 ans et leur famille."],
    how: ["Appelez ou venez.", "Nous vous voyons dans la semaine."],
  },
  'mental-health-listening': {
    what: ["Vous pouvez appeler et parler.", "Nous vous écoutons.", "Nous ne vous jugeons pas.", "Si vous êtes en danger, appelez le 112."],
    who: ["Toutes les personnes qui ont besoin de parler."],
    how: ["Appelez le soir.", "Nous sommes là tous les jours."],
  },
  'mental-health-groups': {
    what: ["Des groupes pour les personnes qui ont peur ou qui sont très tristes.", "Chaque semaine, vous voyez des personnes comme vous.", "Il y a aussi un groupe pour les familles."],
    who: ["Les adultes."],
    how: ["Appelez d’abord."],
  },
  'free-legal-guidance': {
    what: ["Un avocat vous explique votre problème.", "Il vous aide à avoir un avocat gratuit."],
    who: ["Tout le monde."],
    how: ["Venez le matin, du lundi au vendredi.", "Venez avant midi."],
  },
  'immigration-legal-advice': {
    what: ["Des avocats vous aident pour vos papiers.", "Par exemple les papiers pour vivre et travailler en Espagne."],
    who: ["Les personnes migrantes qui vivent à Valdemar."],
    how: ["Appelez pour avoir un rendez-vous.", "Apportez tous vos papiers."],
  },
  'workers-rights-advice': {
    what: ["Votre patron ne vous a pas payé ?", "Vous avez perdu votre travail ?", "Un avocat vous dit ce que vous pouvez faire."],
    who: ["Tous les travailleurs.", "Aussi sans contrat."],
    how: ["Appelez pour avoir un rendez-vous.", "Si vous perdez votre travail, appelez vite."],
  },
  'consumer-complaints': {
    what: ["Nous vous aidons à vous plaindre d’une entreprise.", "Par exemple une banque ou une entreprise de téléphone."],
    who: ["Toutes les personnes qui vivent à Valdemar."],
    how: ["Venez avec vos papiers.", "Ou envoyez-les par e-mail."],
  },
  'sexual-health-clinic': {
    what: ["De l’aide sur le sexe et la grossesse.", "Vous pouvez faire des tests et demander des conseils.", "Personne d’autre ne le sait."],
    who: ["Toutes les personnes de plus de 14 ans.", "Les jeunes peuvent venir seuls."],
    how: ["Venez le mardi après-midi.", "Ou appelez pour avoir un rendez-vous."],
  },
  'family-support-las-dunas': {
    what: ["De l’aide pour votre famille à la maison.", "Une personne vient chez vous.", "Elle aide pour l’école, les règles et les disputes."],
    who: ["Les familles avec enfants qui vivent à Valdemar."],
    how: ["Appelez-nous.", "Ou demandez à votre travailleur social."],
  },
  'family-mediation': {
    what: ["Ici, les parents séparés peuvent parler.", "Une personne les aide à se mettre d’accord sur les enfants.", "Ils n’ont pas besoin d’aller au tribunal."],
    who: ["Les couples qui se séparent.", "Les familles qui se disputent."],
    how: ["Appelez pour avoir un rendez-vous."],
  },
  'early-childhood-group': {
    what: ["Les parents et les bébés se retrouvent et jouent.", "Une infirmière répond à vos questions sur votre bébé."],
    who: ["Les parents d’un enfant de moins de 3 ans."],
    how: ["Venez le vendredi matin."],
  },
  'los-pinos-afterschool': {
    what: ["Un endroit pour les enfants après l’école.", "Ils ont un goûter et de l’aide pour les devoirs.", "Les enfants jouent pendant que les parents travaillent."],
    who: ["Les enfants de 6 à 16 ans."],
    how: ["Demandez une place.", "Ou demandez à votre travailleur social."],
  },
  'homework-help-el-muelle': {
    what: ["Des bénévoles aident les enfants à faire leurs devoirs.", "Ils aident pour la lecture et les maths.", "La salle est calme."],
    who: ["Les enfants et les jeunes qui vivent près du port."],
    how: ["Les parents viennent un lundi pour inscrire leur enfant."],
  },
  'lgbti-support': {
    what: ["Un endroit sûr pour les personnes lesbiennes, gays, bi et trans.", "Vous pouvez parler avec des personnes comme vous.", "Nous aidons aussi votre famille."],
    who: ["Les personnes lesbiennes, gays, bi et trans et leurs familles."],
    how: ["Venez le jeudi soir.", "C’est secret."],
  },
  'la-atalaya-centre': {
    what: ["Un endroit pour rencontrer des gens.", "Vous pouvez faire des activités et manger à midi.", "Vous n’avez pas besoin de rester seul."],
    who: ["Les personnes de plus de 60 ans qui vivent à Valdemar."],
    how: ["Venez avec votre carte d’identité.", "Vous recevez une carte de membre gratuite."],
  },
  'home-help': {
    what: ["Une personne vient chez vous pour vous aider.", "Elle vous aide à vous laver, manger, nettoyer et faire les courses."],
    who: ["Les personnes âgées et les personnes handicapées."],
    how: ["Demandez à votre centre de services sociaux.", "Un travailleur social vient vous voir."],
  },
  'telecare': {
    what: ["Un bouton que vous portez sur vous.", "Appuyez quand vous avez besoin d’aide.", "Une personne répond le jour et la nuit."],
    who: ["Les personnes de plus de 65 ans qui vivent seules.", "Les personnes handicapées qui vivent seules."],
    how: ["Demandez à votre centre de services sociaux."],
  },
  'loneliness-phone-friends': {
    what: ["Un bénévole vous appelle chaque semaine.", "Vous pouvez parler ensemble.", "Le bénévole peut aussi venir vous voir."],
    who: ["Les personnes âgées qui se sentent seules."],
    how: ["Appelez-nous.", "Une autre personne peut aussi appeler pour vous."],
  },
  'carers-support': {
    what: ["Vous vous occupez d’une personne de votre famille ?", "Vous pouvez rencontrer des personnes comme vous.", "Vous pouvez apprendre à aider.", "Vous pouvez vous reposer."],
    who: ["Toutes les personnes qui s’occupent d’un proche."],
    how: ["Appelez-nous."],
  },
  'dependency-assessment': {
    what: ["Une personne regarde de combien d’aide vous avez besoin chaque jour.", "Ensuite, vous pouvez avoir de l’aide à la maison.", "Ou de l’argent pour la personne qui vous aide."],
    who: ["Les personnes qui ont besoin d’aide chaque jour."],
    how: ["Demandez à votre centre de services sociaux.", "Une personne vient chez vous."],
  },
  'easy-read-advice': {
    what: ["Nous expliquons les lettres et les papiers avec des mots faciles.", "Nous pouvons aller avec vous aux rendez-vous."],
    who: ["Les personnes qui ont du mal à lire."],
    how: ["Venez ou appelez.", "Vous pouvez venir avec une personne de confiance."],
  },
  'supported-employment': {
    what: ["Une personne vous aide à trouver un travail.", "Elle vous aide aussi au travail."],
    who: ["Les personnes handicapées qui veulent travailler."],
    how: ["Appelez-nous."],
  },
  'sign-language-interpreting': {
    what: ["Un interprète en langue des signes vient avec vous.", "Par exemple chez le médecin ou à la banque."],
    who: ["Les personnes sourdes."],
    how: ["Demandez 3 jours avant.", "Envoyez un message, un appel vidéo ou un e-mail."],
  },
  'disability-certificate-help': {
    what: ["Le certificat de handicap vous donne des réductions et de l’argent.", "Nous vous l’expliquons.", "Nous vous aidons à le demander."],
    who: ["Les personnes handicapées ou avec une longue maladie."],
    how: ["Appelez pour avoir un rendez-vous.", "Apportez vos papiers du médecin."],
  },
  'newcomers-welcome': {
    what: ["Des informations dans votre langue.", "Nous expliquons comment aller chez le médecin et à l’école.", "Nous vous disons où apprendre l’espagnol."],
    who: ["Les personnes qui viennent d’arriver à Valdemar."],
    how: ["Entrez simplement.", "Dites-nous si vous avez besoin d’un interprète."],
  },
  'asylum-reception': {
    what: ["Vous avez demandé une protection en Espagne ?", "Nous vous donnons un logement et un peu d’argent.", "Vous pouvez apprendre l’espagnol et voir un avocat."],
    who: ["Les personnes qui demandent une protection en Espagne."],
    how: ["Appelez ou venez."],
  },
  'ukraine-help-desk': {
    what: ["De l’aide pour les personnes venues d’Ukraine.", "Nous aidons pour les papiers, l’école, le travail et le logement.", "Nous parlons ukrainien."],
    who: ["Les personnes venues d’Ukraine."],
    how: ["Venez le lundi ou le mercredi.", "Ou envoyez un message."],
  },
  'registration-help': {
    what: ["Inscrivez votre adresse sur la liste de la mairie.", "Avec cela, vous pouvez voir un médecin et aller à l’école.", "Vous pouvez le faire sans contrat de location."],
    who: ["Toutes les personnes qui vivent à Valdemar.", "Aussi sans papiers ou sans logement."],
    how: ["Venez ou prenez rendez-vous.", "Vous n’avez pas de logement ?", "Les services sociaux vous aident."],
  },
  'interpreting-volunteers': {
    what: ["Un bénévole parle votre langue.", "Il vient avec vous chez le médecin ou à l’école."],
    who: ["Les personnes qui ne parlent pas encore bien espagnol."],
    how: ["Appelez ou envoyez un message.", "Demandez 2 jours avant."],
  },
  'violence-24h-line': {
    what: ["Quelqu’un vous fait du mal ?", "Appelez-nous le jour et la nuit.", "Nous vous écoutons et nous vous aidons.", "L’appel est gratuit."],
    who: ["Les femmes à qui on fait du mal.", "Les personnes inquiètes pour une femme."],
    how: ["Appelez ou envoyez un message à tout moment.", "Si vous êtes en danger maintenant, appelez le 112."],
  },
  'womens-centre-advice': {
    what: ["Une avocate et une psychologue pour les femmes.", "Nous aidons les femmes à qui on fait du mal.", "Nous allons avec vous à la police."],
    who: ["Les femmes qui vivent à Valdemar."],
    how: ["Appelez ou venez.", "Vous n’avez pas besoin de dire votre nom."],
  },
  'emergency-social-service': {
    what: ["De l’aide quand les services sociaux sont fermés.", "Par exemple la nuit ou le week-end."],
    who: ["Toutes les personnes de Valdemar qui ont besoin d’aide maintenant."],
    how: ["Appelez la nuit, le week-end ou les jours fériés."],
  },
  'child-protection-line': {
    what: ["Quelqu’un te fait du mal ?", "Tu as peur ?", "Appelle-nous ou envoie un message."],
    who: ["Les enfants et les jeunes.", "Les adultes inquiets pour un enfant."],
    how: ["Appelez ou envoyez un message tous les jours.", "Nous sommes là de 9 heures du matin à minuit."],
  },
  'hate-crime-support': {
    what: ["On vous a fait du mal à cause de qui vous êtes ?", "Nous vous aidons à le dire à la police.", "Nous vous aidons après."],
    who: ["Toutes les personnes à qui c’est arrivé.", "Les personnes qui l’ont vu."],
    how: ["Appelez ou envoyez un message."],
  },
  'library-computers': {
    what: ["Vous pouvez utiliser les ordinateurs et internet gratuitement.", "Il y a aussi une imprimante.", "Le personnel vous aide."],
    who: ["Tout le monde."],
    how: ["Entrez et demandez à l’accueil."],
  },
  'digital-skills-course': {
    what: ["Apprenez à utiliser un smartphone.", "Vous apprenez à appeler, envoyer des messages et faire des photos.", "Vous apprenez à éviter les arnaques."],
    who: ["Toutes les personnes qui commencent avec le smartphone."],
    how: ["Appelez-nous.", "Une nouvelle formation commence chaque mois."],
  },
  'donated-devices': {
    what: ["Vous pouvez avoir un téléphone ou un ordinateur gratuit.", "Vous recevez une carte avec internet pour 6 mois."],
    who: ["Les personnes qui n’ont pas de téléphone ni d’ordinateur."],
    how: ["Demandez à votre travailleur social."],
  },
  'online-procedures-help': {
    what: ["Nous vous aidons pour les papiers sur internet.", "Nous vous aidons à prendre rendez-vous dans un bureau."],
    who: ["Toutes les personnes qui vivent à Valdemar."],
    how: ["Appelez pour avoir un rendez-vous.", "Ou venez tôt."],
  },
  'scam-help': {
    what: ["Vous avez reçu un message bizarre ?", "Vous avez perdu de l’argent sur internet ?", "Nous vous aidons pas à pas."],
    who: ["Tout le monde."],
    how: ["Appelez ou venez le jeudi matin.", "Apportez votre téléphone ou votre carte."],
  },
  'youth-digital-lab': {
    what: ["Des cours gratuits pour les jeunes.", "Vous apprenez à faire des vidéos et des applications.", "Vous apprenez à être en sécurité sur internet."],
    who: ["Les jeunes."],
    how: ["Inscrivez-vous à La Brújula.", "Ou envoyez un message."],
  },
  'right-to-register': {
    what: ["Vous pouvez inscrire votre adresse sur la liste de la mairie.", "Vous pouvez le faire sans papiers.", "Avec cela, vous pouvez voir un médecin et aller à l’école."],
    who: ["Toutes les personnes qui vivent à Valdemar."],
    how: ["Allez au Bureau d’accueil des citoyens.", "Vous n’avez pas de logement ?", "Les services sociaux vous aident."],
  },
  'right-to-health-care': {
    what: ["Toutes les personnes de Valdemar peuvent voir un médecin.", "Aussi les personnes sans papiers.", "Les soins pour les enfants et les femmes enceintes sont toujours gratuits."],
    who: ["Toutes les personnes qui vivent à Valdemar."],
    how: ["Demandez la carte de santé à votre centre de santé."],
  },
  'right-to-minimum-income': {
    what: ["Vous avez très peu d’argent ?", "Vous pouvez recevoir de l’argent chaque mois.", "Vous pouvez aussi avoir un petit travail."],
    who: ["Les adultes qui vivent en Espagne avec des papiers depuis un an."],
    how: ["Demandez de l’aide au Bureau des prestations.", "Vous avez une réponse en 6 mois."],
  },
  'right-to-emergency-help': {
    what: ["Vous ne pouvez pas payer une chose importante ?", "La mairie peut vous donner de l’argent une fois."],
    who: ["Les personnes qui vivent à Valdemar."],
    how: ["Demandez à votre travailleur social.", "Si c’est urgent, vous avez une réponse en une semaine."],
  },
  'right-to-rent-help': {
    what: ["Votre loyer coûte trop cher ?", "La mairie peut en payer une partie."],
    who: ["Les personnes qui louent un logement à Valdemar."],
    how: ["Demandez au Bureau d’information sur le logement."],
  },
  'right-against-eviction': {
    what: ["Le propriétaire ne peut pas vous mettre dehors.", "Seul un juge peut le décider.", "Le propriétaire ne peut pas couper votre eau."],
    who: ["Toutes les personnes qui louent leur logement."],
    how: ["Vous avez reçu une lettre du tribunal ?", "Demandez tout de suite un avocat gratuit."],
  },
  'right-to-energy-discount': {
    what: ["Vous pouvez payer moins cher l’électricité.", "Si vous êtes protégé, on ne peut pas couper votre électricité."],
    who: ["Les familles qui ont peu d’argent.", "Les grandes familles."],
    how: ["Demandez de l’aide au Point conseil énergie."],
  },
  'right-to-free-lawyer': {
    what: ["Vous avez peu d’argent ?", "Vous pouvez avoir un avocat gratuit.", "Les femmes à qui on fait du mal ont toujours une avocate gratuite."],
    who: ["Les personnes qui ont peu d’argent."],
    how: ["Demandez au Service d’orientation juridique.", "Demandez vite."],
  },
  'right-to-interpreter': {
    what: ["Vous avez le droit de comprendre.", "À la police et au tribunal, vous avez un interprète gratuit.", "Vos enfants ne doivent pas être vos interprètes."],
    who: ["Les personnes qui ne parlent pas bien espagnol.", "Les personnes sourdes."],
    how: ["Dites votre langue quand vous prenez rendez-vous."],
  },
  'right-to-school': {
    what: ["Tous les enfants peuvent aller à l’école.", "L’école est gratuite.", "Les papiers ne comptent pas."],
    who: ["Tous les enfants de 3 à 18 ans."],
    how: ["Demandez à l’école la plus proche."],
  },
  'right-to-school-meals': {
    what: ["La mairie peut payer la cantine de l’école.", "C’est pour les familles qui ont peu d’argent."],
    who: ["Les familles qui ont peu d’argent."],
    how: ["Demandez à l’école en septembre."],
  },
  'right-to-unemployment-benefit': {
    what: ["Vous avez perdu votre travail ?", "Vous pouvez recevoir de l’argent chaque mois."],
    who: ["Les personnes qui ont perdu leur travail."],
    how: ["Allez à l’Agence pour l’emploi.", "Demandez dans les 15 premiers jours."],
  },
  'right-to-fair-pay': {
    what: ["Votre patron doit payer votre travail.", "Aussi sans contrat.", "Aussi sans papiers."],
    who: ["Tous les travailleurs."],
    how: ["Notez vos heures.", "Gardez vos messages.", "Demandez conseil avant de signer."],
  },
  'right-to-dependency-care': {
    what: ["Vous avez besoin d’aide chaque jour ?", "Par exemple pour vous laver, manger ou marcher ?", "Vous pouvez avoir de l’aide à la maison."],
    who: ["Les personnes qui ont besoin d’aide chaque jour."],
    how: ["Demandez à votre centre de services sociaux."],
  },
  'right-to-telecare': {
    what: ["Un bouton à la maison pour appeler à l’aide.", "Une personne répond le jour et la nuit."],
    who: ["Les personnes de plus de 65 ans qui vivent seules.", "Les personnes handicapées qui vivent seules."],
    how: ["Demandez à votre centre de services sociaux."],
  },
  'right-to-disability-certificate': {
    what: ["Le certificat de handicap vous donne des aides.", "Par exemple des réductions dans le bus et de l’aide pour trouver un travail."],
    who: ["Les personnes handicapées."],
    how: ["Demandez-le.", "Puentes vous aide à remplir les papiers."],
  },
  'right-to-protection-from-violence': {
    what: ["Quelqu’un vous fait du mal ?", "Vous avez droit à de l’aide et à un endroit sûr.", "Vous avez une avocate gratuite."],
    who: ["Les femmes à qui on fait du mal et leurs enfants."],
    how: ["Appelez la ligne 24 h/24.", "Si vous êtes en danger maintenant, appelez le 112."],
  },
  'right-to-asylum': {
    what: ["Vous avez fui un danger dans votre pays ?", "Vous pouvez demander une protection à l’Espagne."],
    who: ["Les personnes en danger dans leur pays."],
    how: ["Demandez vite un rendez-vous.", "Mar Abierto peut vous aider."],
  },
  'right-to-residence-through-roots': {
    what: ["Vous vivez en Espagne sans papiers ?", "Après 2 ans, vous pouvez peut-être avoir des papiers."],
    who: ["Les personnes migrantes qui vivent en Espagne depuis 2 ans ou plus."],
    how: ["Demandez d’abord à un avocat."],
  },
  'right-to-digital-help': {
    what: ["Vous pouvez faire vos démarches dans les bureaux, en personne.", "Vous n’avez pas besoin d’internet.", "La mairie vous aide avec internet."],
    who: ["Tout le monde."],
    how: ["Demandez au Bureau d’accueil des citoyens ou dans une bibliothèque."],
  },
  'right-to-food': {
    what: ["Personne ne doit avoir faim.", "Vous pouvez manger un repas chaud gratuit chaque jour."],
    who: ["Toutes les personnes qui ont besoin de nourriture."],
    how: ["Allez aujourd’hui à San Martín."],
  },
  'right-to-child-protection': {
    what: ["Tous les enfants doivent être en sécurité.", "Personne n’a le droit de faire du mal à un enfant.", "Si vous savez qu’un enfant est en danger, dites-le à quelqu’un."],
    who: ["Tous les enfants et les jeunes."],
    how: ["Appelez la Ligne d’aide aux enfants et aux adolescents.", "Si un enfant est en danger maintenant, appelez le 112."],
  },
};

/** Ce qu’il faut apporter, en mots faciles, selon le texte standard anglais du document. */
export const frDocuments: EasyDocuments = {
  'Identity document: DNI, NIE or passport (any of them, even expired).': 'Votre carte d’identité, votre carte d’étranger ou votre passeport. Un vieux papier va aussi.',
  'Certificate of registration in Valdemar (empadronamiento), if you have it.': 'Le papier qui dit que vous habitez à Valdemar, si vous l’avez.',
  "Proof of the household's income in the last three months (payslips, benefit letters).": 'Les papiers qui montrent l’argent de votre famille des 3 derniers mois.',
  'Rental contract and the last rent receipts.': 'Votre contrat de location et les papiers qui montrent que vous avez payé le loyer.',
  'Bank account details (IBAN) in your name.': 'Le numéro de votre compte en banque.',
  'Any letters or papers about your problem.': 'Toutes les lettres et tous les papiers sur votre problème.',
  'Nothing. Come as you are.': 'Vous n’avez rien à apporter.',
  'Referral letter from social services, if you have one.': 'La lettre des services sociaux, si vous l’avez.',
  "Family book or children's birth certificates.": 'Votre livret de famille ou les papiers de naissance de vos enfants.',
  'The bill or quote you need to pay.': 'La facture que vous devez payer.',
  'Your latest bank statements.': 'Les derniers papiers de votre banque.',
  'Your last electricity and gas bills.': 'Vos dernières factures d’électricité et de gaz.',
  "Your employer's certificate of end of contract.": 'Le papier de votre patron qui dit que votre travail est fini.',
  'Your job-seeker card.': 'Votre carte de l’agence pour l’emploi.',
  'Health card, if you have one.': 'Votre carte de santé, si vous l’avez.',
  'Payslips, contract and the dismissal letter, if any.': 'Vos fiches de paie, votre contrat de travail et la lettre de licenciement.',
  'The contract, invoice or receipt, and any messages with the company.': 'Le contrat, la facture et tous les messages avec l’entreprise.',
  'Health reports, if you have them.': 'Les papiers de votre médecin, si vous les avez.',
  'Recent health report from your doctor.': 'Un papier récent de votre médecin sur votre santé.',
  'Disability certificate.': 'Le papier qui dit que vous avez un handicap.',
  'Health reports.': 'Les papiers de votre médecin.',
  'Your asylum application paper or appointment, if you have it.': 'Votre papier de demande de protection ou votre rendez-vous, si vous l’avez.',
  'Rental contract, or a signed authorisation from the owner or the main tenant.': 'Votre contrat de location, ou une lettre signée par le propriétaire du logement.',
  'Referral form.': 'Le papier qui vous envoie chez nous.',
  'Your mobile phone, if you have one.': 'Votre téléphone portable, si vous en avez un.',
  'Rental contract or authorisation from the person who lives there.': 'Votre contrat de location, ou une lettre signée par la personne qui habite là.',
  'The bill you need to pay.': 'La facture que vous devez payer.',
  'Your last electricity bill.': 'Votre dernière facture d’électricité.',
  'Vaccination record, if you have it.': 'Le papier de vos vaccins, si vous l’avez.',
  "Employer's certificate.": 'Un papier de votre patron sur votre travail.',
  'Any proof of the work: messages, photos, payments.': 'Quelque chose qui montre que vous avez fait le travail. Par exemple des messages, des photos ou des paiements.',
  'Health report from your doctor.': 'Un papier de votre médecin sur votre santé.',
  'Any proof of what happened to you.': 'Quelque chose qui montre ce qui vous est arrivé.',
};
