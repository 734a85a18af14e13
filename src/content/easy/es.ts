// Easy-read texts of the demo directory in Spanish. See easy-texts.ts for the rules.
import type { EasyDocuments, EasyTexts } from './easy-texts';

export const es: EasyTexts = {
  'housing-advice-office': {
    what: ["Te ayudamos con preguntas sobre tu casa.", "Te explicamos el alquiler y la vivienda social.", "Te ayudamos a rellenar el papel para pedir una vivienda social."],
    who: ["Todas las personas que viven o trabajan en Valdemar."],
    how: ["Ven cuando está abierto.", "O llama para pedir una cita."],
  },
  'rent-grant': {
    what: ["El Ayuntamiento puede pagar una parte de tu alquiler.", "Recibes dinero cada mes.", "Lo puedes recibir durante un año como máximo."],
    who: ["Vives en una casa de alquiler.", "Vives en Valdemar desde hace 6 meses o más.", "El alquiler es muy caro para tu familia."],
    how: ["Pídelo en la Oficina de Información sobre Vivienda.", "O pídelo por internet.", "Te contestan en 2 meses."],
  },
  'eviction-support': {
    what: ["¿Tienes que dejar tu casa?", "Te decimos tus derechos.", "Vamos contigo al juzgado.", "Hablamos con el dueño de tu casa."],
    who: ["Personas que viven de alquiler.", "Personas que viven en una casa sin contrato."],
    how: ["Ven el martes o el jueves por la tarde.", "Trae todas las cartas que te han llegado."],
  },
  'night-shelter': {
    what: ["Una cama para la noche.", "Te damos cena, ducha y desayuno.", "Hay camas solo para mujeres.", "Puedes venir con tu mascota."],
    who: ["Personas adultas que no tienen dónde dormir esta noche.", "No necesitas papeles."],
    how: ["Ven a la puerta entre las 8 y las 11 de la noche."],
  },
  'day-centre-refugio': {
    what: ["Un sitio caliente durante el día.", "Puedes ducharte y lavar tu ropa.", "Te damos la comida.", "Aquí pueden llegar tus cartas."],
    who: ["Personas que duermen en la calle.", "Personas que pueden perder su casa."],
    how: ["Solo tienes que entrar.", "La comida es a la una y media."],
  },
  'food-bank-distribution': {
    what: ["Recibes una caja de comida cada 2 semanas.", "Hay arroz, leche, aceite y más.", "Puedes pedir comida de bebé y pañales."],
    who: ["Familias con muy poco dinero.", "Te puede enviar una trabajadora social."],
    how: ["La primera vez, trae tus papeles.", "Después recoges tu caja el día que te toca."],
  },
  'san-martin-meals': {
    what: ["Te damos una comida caliente cada día.", "De lunes a viernes te puedes llevar la cena.", "Hay comida sin carne y comida halal."],
    who: ["Todas las personas que necesitan comer."],
    how: ["Ven a la puerta.", "Nadie te hace preguntas."],
  },
  'el-muelle-pantry': {
    what: ["Una tienda para familias con poco dinero.", "Eliges tu comida y tu ropa.", "Pagas con puntos, no con dinero."],
    who: ["Familias con hijos que viven cerca del puerto."],
    how: ["Ven el sábado por la mañana para hablar con nosotros.", "Ese día recibes tu tarjeta de puntos."],
  },
  'school-meals-grant': {
    what: ["El Ayuntamiento paga el comedor del colegio.", "Puede pagarlo todo o una parte."],
    who: ["Familias con poco dinero.", "Niños que viven con una familia de acogida."],
    how: ["Pídelo en el colegio de tu hijo en septiembre.", "También puedes pedirlo más tarde si tu vida cambia."],
  },
  'social-services-centre-centro': {
    what: ["El primer sitio donde ir si necesitas ayuda.", "Una trabajadora social te escucha.", "Te ayuda a pedir dinero y ayuda en casa."],
    who: ["Personas que viven en el centro, El Puerto o La Arena."],
    how: ["Llama para pedir una cita.", "Si es urgente, ven por la mañana."],
  },
  'social-services-centre-sur': {
    what: ["Trabajadoras sociales para el sur de la ciudad.", "Te ayudan a pedir dinero y ayuda en casa.", "Ayudan a las familias."],
    who: ["Personas que viven en La Calzada, Contrueces o Pumarín Sur."],
    how: ["Llama para pedir una cita.", "Si es urgente, ven por la mañana."],
  },
  'emergency-social-grant': {
    what: ["Dinero para algo que tienes que pagar ya.", "Por ejemplo, la factura de la luz o el alquiler.", "Recibes este dinero una vez."],
    who: ["Personas que viven en Valdemar.", "Personas que no pueden pagar algo que de verdad necesitan."],
    how: ["Pídelo a tu trabajadora social.", "Si es urgente, contestamos en una semana."],
  },
  'minimum-income-help': {
    what: ["Te ayudamos a pedir dinero cada mes.", "Este dinero es para familias con muy poco dinero."],
    who: ["Personas adultas que viven en España con papeles desde hace un año o más.", "Familias con muy poco dinero."],
    how: ["Llama para pedir una cita.", "Rellenamos el papel contigo."],
  },
  'debt-advice': {
    what: ["¿Debes dinero?", "Miramos tus facturas contigo.", "Te ayudamos a hacer un plan para pagar.", "Te ayudamos a reclamar."],
    who: ["Todas las personas que viven en Valdemar."],
    how: ["Llama o escribe para pedir una cita.", "Trae todos tus papeles y cartas."],
  },
  'energy-bills-help': {
    what: ["Leemos contigo tus facturas de luz y gas.", "Te ayudamos a pagar menos.", "Evitamos que te corten la luz."],
    who: ["Todas las familias de Valdemar."],
    how: ["Ven el martes o el jueves por la mañana.", "También puedes llamar."],
  },
  'clothes-bank': {
    what: ["Te damos ropa limpia y zapatos.", "También hay sábanas y mantas.", "Desde noviembre hay abrigos."],
    who: ["Todas las personas que necesitan ropa."],
    how: ["Ven cuando está abierto.", "Puedes venir 2 veces al mes."],
  },
  'job-seeker-registration': {
    what: ["Dices en la oficina que buscas trabajo.", "Puedes pedir dinero si pierdes tu trabajo.", "Puedes ver ofertas de trabajo."],
    who: ["Personas sin trabajo.", "Personas que quieren otro trabajo.", "Necesitas papeles que te dejan trabajar."],
    how: ["Llama o usa internet para pedir una cita.", "Pide el dinero pronto después de perder tu trabajo."],
  },
  'employment-guidance': {
    what: ["Te ayudamos a buscar trabajo.", "Te ayudamos a escribir sobre tu trabajo y tus estudios.", "Te preparamos para hablar con una empresa."],
    who: ["Personas apuntadas en la oficina para buscar trabajo."],
    how: ["Pídelo cuando te apuntas.", "O llama para pedir una cita."],
  },
  'youth-compass': {
    what: ["Pregúntanos lo que quieras.", "Por ejemplo sobre trabajo, estudios, drogas o amor.", "Buscamos a una persona que te puede ayudar."],
    who: ["Jóvenes de 14 a 30 años."],
    how: ["Ven, llama o envía un mensaje.", "Es secreto."],
  },
  'vocational-courses': {
    what: ["Cursos gratis para aprender un trabajo.", "Por ejemplo cocina, limpieza o cuidar a personas.", "Trabajas en una empresa y te pagan."],
    who: ["Personas adultas que buscan trabajo."],
    how: ["Ven a una reunión el primer lunes del mes.", "La reunión es a las 10 de la mañana."],
  },
  'literacy-and-spanish': {
    what: ["Aprende a leer y a escribir.", "Aprende español desde el principio.", "Aprendes en grupos pequeños."],
    who: ["Todas las personas de más de 16 años.", "No necesitas papeles."],
    how: ["Apúntate en la secretaría de la escuela.", "Hay grupos nuevos en septiembre, enero y abril."],
  },
  'job-club-library': {
    what: ["Cada semana buscamos trabajo juntos.", "Puedes usar gratis el ordenador y la impresora.", "Puedes practicar cómo hablar con una empresa."],
    who: ["Todas las personas que buscan trabajo."],
    how: ["Ven el miércoles por la tarde."],
  },
  'health-centre-el-puerto': {
    what: ["Médicos y enfermeras para ti y para tus hijos.", "Aquí te ponen las vacunas.", "Una trabajadora social te ayuda a tener la tarjeta sanitaria."],
    who: ["Todas las personas que viven cerca de El Puerto.", "Todas las personas si es urgente."],
    how: ["Llama o pide cita en el mostrador.", "Si es urgente, entra por la puerta de urgencias."],
  },
  'health-card-help': {
    what: ["Con la tarjeta sanitaria vas al médico gratis.", "La trabajadora social te ayuda a tenerla.", "Puedes tenerla sin papeles."],
    who: ["Todas las personas de Valdemar sin tarjeta sanitaria."],
    how: ["Pide una cita en el mostrador.", "O llama."],
  },
  'addiction-support': {
    what: ["Ayuda con el alcohol, las drogas, el juego o las pantallas.", "Puedes hablar con una psicóloga.", "También ayudamos a tu familia."],
    who: ["Todas las personas de más de 14 años y sus familias."],
    how: ["Llama o ven.", "Te vemos en una semana."],
  },
  'mental-health-listening': {
    what: ["Puedes llamar y hablar.", "Te escuchamos.", "No te juzgamos.", "Si estás en peligro, llama al 112."],
    who: ["Todas las personas que necesitan hablar."],
    how: ["Llama por la tarde.", "Estamos todos los días."],
  },
  'mental-health-groups': {
    what: ["Grupos para personas que sienten miedo o mucha tristeza.", "Cada semana ves a personas como tú.", "También hay un grupo para familias."],
    who: ["Personas adultas."],
    how: ["Llama primero."],
  },
  'free-legal-guidance': {
    what: ["Una abogada te explica tu problema.", "Te ayuda a tener un abogado gratis."],
    who: ["Todas las personas."],
    how: ["Ven por la mañana de lunes a viernes.", "Ven antes de las 12."],
  },
  'immigration-legal-advice': {
    what: ["Abogados te ayudan con tus papeles.", "Por ejemplo, papeles para vivir y trabajar en España."],
    who: ["Personas migrantes que viven en Valdemar."],
    how: ["Llama para pedir una cita.", "Trae todos tus papeles."],
  },
  'workers-rights-advice': {
    what: ["¿Tu jefe no te ha pagado?", "¿Has perdido tu trabajo?", "Una abogada te dice qué puedes hacer."],
    who: ["Todas las personas que trabajan.", "También sin contrato."],
    how: ["Llama para pedir una cita.", "Si pierdes tu trabajo, llama rápido."],
  },
  'consumer-complaints': {
    what: ["Te ayudamos a reclamar a una empresa.", "Por ejemplo a un banco o a una empresa de teléfono."],
    who: ["Todas las personas que viven en Valdemar."],
    how: ["Ven con tus papeles.", "O envíalos por correo electrónico."],
  },
  'sexual-health-clinic': {
    what: ["Ayuda sobre sexo y embarazo.", "Puedes hacerte pruebas y pedir consejo.", "Nadie más se entera."],
    who: ["Todas las personas de más de 14 años.", "Los jóvenes pueden venir solos."],
    how: ["Ven el martes por la tarde.", "O llama para pedir una cita."],
  },
  'family-support-las-dunas': {
    what: ["Ayuda para tu familia en casa.", "Una persona va a tu casa.", "Os ayuda con el colegio, las normas y las peleas en casa."],
    who: ["Familias con hijos que viven en Valdemar."],
    how: ["Llámanos.", "O pregunta a tu trabajadora social."],
  },
  'family-mediation': {
    what: ["Aquí pueden hablar padres separados.", "Una persona les ayuda a ponerse de acuerdo sobre los hijos.", "No tienen que ir al juzgado."],
    who: ["Parejas que se separan.", "Familias que se pelean."],
    how: ["Llama para pedir una cita."],
  },
  'early-childhood-group': {
    what: ["Padres, madres y bebés se juntan y juegan.", "Una enfermera contesta tus preguntas sobre tu bebé."],
    who: ["Padres y madres con un hijo de menos de 3 años."],
    how: ["Ven el viernes por la mañana."],
  },
  'los-pinos-afterschool': {
    what: ["Un sitio para niños después del colegio.", "Meriendan y les ayudan con los deberes.", "Los niños juegan mientras sus padres trabajan."],
    who: ["Niños y niñas de 6 a 16 años."],
    how: ["Pide una plaza.", "O pregunta a tu trabajadora social."],
  },
  'homework-help-el-muelle': {
    what: ["Voluntarios ayudan a los niños con los deberes.", "Les ayudan con la lectura y las matemáticas.", "La sala es tranquila."],
    who: ["Niños y jóvenes que viven cerca del puerto."],
    how: ["Los padres vienen un lunes para apuntar a su hijo."],
  },
  'lgbti-support': {
    what: ["Un sitio seguro para personas lesbianas, gais, bi y trans.", "Puedes hablar con personas como tú.", "También ayudamos a tu familia."],
    who: ["Personas lesbianas, gais, bi y trans y sus familias."],
    how: ["Ven el jueves por la tarde.", "Es secreto."],
  },
  'la-atalaya-centre': {
    what: ["Un sitio para conocer gente.", "Puedes hacer actividades y comer.", "No tienes que estar solo."],
    who: ["Personas de más de 60 años de Valdemar."],
    how: ["Ven con tu carné de identidad.", "Te damos gratis un carné de socio."],
  },
  'home-help': {
    what: ["Una persona va a tu casa para ayudarte.", "Te ayuda a lavarte, comer, limpiar y comprar."],
    who: ["Personas mayores y personas con discapacidad."],
    how: ["Pregunta en tu centro de servicios sociales.", "Una trabajadora social va a verte."],
  },
  'telecare': {
    what: ["Un botón que llevas puesto.", "Lo pulsas cuando necesitas ayuda.", "Una persona contesta de día y de noche."],
    who: ["Personas de más de 65 años que viven solas.", "Personas con discapacidad que viven solas."],
    how: ["Pregunta en tu centro de servicios sociales."],
  },
  'loneliness-phone-friends': {
    what: ["Una persona voluntaria te llama cada semana.", "Podéis hablar juntos.", "También puede ir a verte."],
    who: ["Personas mayores que se sienten solas."],
    how: ["Llámanos.", "Otra persona también puede llamar por ti."],
  },
  'carers-support': {
    what: ["¿Cuidas de una persona de tu familia?", "Puedes conocer a personas como tú.", "Puedes aprender a cuidar.", "Puedes descansar unos días."],
    who: ["Todas las personas que cuidan de un familiar."],
    how: ["Llámanos."],
  },
  'dependency-assessment': {
    what: ["Una persona mira cuánta ayuda necesitas cada día.", "Después puedes tener ayuda en casa.", "O dinero para quien te cuida."],
    who: ["Personas que necesitan ayuda cada día."],
    how: ["Pídelo en tu centro de servicios sociales.", "Una persona va a tu casa."],
  },
  'easy-read-advice': {
    what: ["Te explicamos cartas y papeles con palabras fáciles.", "Podemos ir contigo a las citas."],
    who: ["Personas a las que les cuesta leer."],
    how: ["Ven o llama.", "Puedes venir con una persona de confianza."],
  },
  'supported-employment': {
    what: ["Una persona te ayuda a encontrar trabajo.", "También te ayuda en el trabajo."],
    who: ["Personas con discapacidad que quieren trabajar."],
    how: ["Llámanos."],
  },
  'sign-language-interpreting': {
    what: ["Una intérprete de lengua de signos va contigo.", "Por ejemplo al médico o al banco."],
    who: ["Personas sordas."],
    how: ["Pídelo 3 días antes.", "Envía un mensaje, una videollamada o un correo."],
  },
  'disability-certificate-help': {
    what: ["El certificado de discapacidad te da descuentos y dinero.", "Te lo explicamos.", "Te ayudamos a pedirlo."],
    who: ["Personas con discapacidad o con una enfermedad larga."],
    how: ["Llama para pedir una cita.", "Trae tus papeles del médico."],
  },
  'newcomers-welcome': {
    what: ["Información en tu idioma.", "Te explicamos cómo ir al médico y al colegio.", "Te decimos dónde aprender español."],
    who: ["Personas que acaban de llegar a Valdemar."],
    how: ["Solo tienes que entrar.", "Dinos si necesitas una intérprete."],
  },
  'asylum-reception': {
    what: ["¿Has pedido protección en España?", "Te damos una casa y un poco de dinero.", "Puedes aprender español y hablar con un abogado."],
    who: ["Personas que piden protección en España."],
    how: ["Llama o ven."],
  },
  'ukraine-help-desk': {
    what: ["Ayuda para personas de Ucrania.", "Te ayudamos con papeles, colegio, trabajo y casa.", "Hablamos ucraniano."],
    who: ["Personas que han venido de Ucrania."],
    how: ["Ven el lunes o el miércoles.", "O envía un mensaje."],
  },
  'registration-help': {
    what: ["Apunta tu dirección en la lista del Ayuntamiento.", "Así puedes ir al médico y al colegio.", "Puedes hacerlo sin contrato de alquiler."],
    who: ["Todas las personas que viven en Valdemar.", "También sin papeles o sin casa."],
    how: ["Ven o pide una cita.", "¿No tienes casa?", "Los servicios sociales te ayudan."],
  },
  'interpreting-volunteers': {
    what: ["Una persona voluntaria habla tu idioma.", "Va contigo al médico o al colegio."],
    who: ["Personas que todavía no hablan bien español."],
    how: ["Llama o envía un mensaje.", "Pídelo 2 días antes."],
  },
  'violence-24h-line': {
    what: ["¿Alguien te hace daño?", "Llámanos de día y de noche.", "Te escuchamos y te ayudamos.", "La llamada es gratis."],
    who: ["Mujeres a las que hacen daño.", "Personas preocupadas por una mujer."],
    how: ["Llama o envía un mensaje cuando quieras.", "Si estás en peligro ahora, llama al 112."],
  },
  'womens-centre-advice': {
    what: ["Una abogada y una psicóloga para mujeres.", "Ayudamos a mujeres a las que hacen daño.", "Vamos contigo a la policía."],
    who: ["Mujeres que viven en Valdemar."],
    how: ["Llama o ven.", "No tienes que decir tu nombre."],
  },
  'emergency-social-service': {
    what: ["Ayuda cuando los servicios sociales están cerrados.", "Por ejemplo de noche o el fin de semana."],
    who: ["Todas las personas de Valdemar que necesitan ayuda ya."],
    how: ["Llama de noche, el fin de semana o en días de fiesta."],
  },
  'child-protection-line': {
    what: ["¿Alguien te hace daño?", "¿Tienes miedo?", "Llámanos o envía un mensaje."],
    who: ["Niños, niñas y jóvenes.", "Personas adultas preocupadas por un niño."],
    how: ["Llama o envía un mensaje todos los días.", "Estamos de las 9 de la mañana a las 12 de la noche."],
  },
  'hate-crime-support': {
    what: ["¿Te han hecho daño por ser quien eres?", "Te ayudamos a contarlo a la policía.", "Te ayudamos después."],
    who: ["Todas las personas a las que les ha pasado.", "Personas que lo han visto."],
    how: ["Llama o envía un mensaje."],
  },
  'library-computers': {
    what: ["Puedes usar gratis ordenadores e internet.", "También hay impresora.", "El personal te ayuda."],
    who: ["Todas las personas."],
    how: ["Entra y pregunta en el mostrador."],
  },
  'digital-skills-course': {
    what: ["Aprende a usar un móvil.", "Aprendes a llamar, enviar mensajes y hacer fotos.", "Aprendes a no caer en engaños."],
    who: ["Todas las personas que empiezan con el móvil."],
    how: ["Llámanos.", "Cada mes empieza un curso nuevo."],
  },
  'donated-devices': {
    what: ["Puedes tener gratis un móvil o un ordenador.", "Te damos una tarjeta con internet para 6 meses."],
    who: ["Personas que no tienen móvil ni ordenador."],
    how: ["Pregunta a tu trabajadora social."],
  },
  'online-procedures-help': {
    what: ["Te ayudamos con papeles por internet.", "Te ayudamos a pedir cita en una oficina."],
    who: ["Todas las personas que viven en Valdemar."],
    how: ["Llama para pedir una cita.", "O ven temprano."],
  },
  'scam-help': {
    what: ["¿Te ha llegado un mensaje raro?", "¿Has perdido dinero por internet?", "Te ayudamos paso a paso."],
    who: ["Todas las personas."],
    how: ["Llama o ven el jueves por la mañana.", "Trae tu móvil o tu tarjeta."],
  },
  'youth-digital-lab': {
    what: ["Clases gratis para jóvenes.", "Aprendes a hacer vídeos y aplicaciones.", "Aprendes a estar seguro en internet."],
    who: ["Jóvenes."],
    how: ["Apúntate en La Brújula.", "O envía un mensaje."],
  },
  'right-to-register': {
    what: ["Puedes apuntar tu dirección en la lista del Ayuntamiento.", "Puedes hacerlo sin papeles.", "Así puedes ir al médico y al colegio."],
    who: ["Todas las personas que viven en Valdemar."],
    how: ["Ve a la Oficina de Atención a la Ciudadanía.", "¿No tienes casa?", "Los servicios sociales te ayudan."],
  },
  'right-to-health-care': {
    what: ["Todas las personas de Valdemar pueden ir al médico.", "También las personas sin papeles.", "La ayuda a niños y embarazadas siempre es gratis."],
    who: ["Todas las personas que viven en Valdemar."],
    how: ["Pide la tarjeta sanitaria en tu centro de salud."],
  },
  'right-to-minimum-income': {
    what: ["¿Tienes muy poco dinero?", "Puedes recibir dinero cada mes.", "También puedes tener un trabajo pequeño."],
    who: ["Personas adultas que viven en España con papeles desde hace un año."],
    how: ["Pide ayuda en la Oficina de Prestaciones.", "Te contestan en 6 meses."],
  },
  'right-to-emergency-help': {
    what: ["¿No puedes pagar algo que de verdad necesitas?", "El Ayuntamiento te puede dar dinero una vez."],
    who: ["Personas que viven en Valdemar."],
    how: ["Pregunta a tu trabajadora social.", "Si es urgente, te contestan en una semana."],
  },
  'right-to-rent-help': {
    what: ["¿El alquiler es muy caro?", "El Ayuntamiento puede pagar una parte."],
    who: ["Personas que viven de alquiler en Valdemar."],
    how: ["Pídelo en la Oficina de Información sobre Vivienda."],
  },
  'right-against-eviction': {
    what: ["El dueño no puede echarte de tu casa.", "Solo un juez puede decidirlo.", "El dueño no puede cortarte el agua."],
    who: ["Todas las personas que viven de alquiler."],
    how: ["¿Te ha llegado una carta del juzgado?", "Pide enseguida un abogado gratis."],
  },
  'right-to-energy-discount': {
    what: ["Puedes pagar menos luz.", "Si estás protegido, la empresa no te puede cortar la luz."],
    who: ["Familias con poco dinero.", "Familias grandes."],
    how: ["Pide ayuda en el Punto de Asesoramiento Energético."],
  },
  'right-to-free-lawyer': {
    what: ["¿Tienes poco dinero?", "Puedes tener un abogado gratis.", "Las mujeres a las que hacen daño siempre tienen abogada gratis."],
    who: ["Personas con poco dinero."],
    how: ["Pídelo en el Servicio de Orientación Jurídica.", "Pídelo pronto."],
  },
  'right-to-interpreter': {
    what: ["Tienes derecho a entender.", "En la policía y en el juzgado tienes intérprete gratis.", "Tus hijos no deben ser tus intérpretes."],
    who: ["Personas que no hablan bien español.", "Personas sordas."],
    how: ["Di tu idioma cuando pides la cita."],
  },
  'right-to-school': {
    what: ["Todos los niños pueden ir al colegio.", "El colegio es gratis.", "Los papeles no importan."],
    who: ["Todos los niños y niñas de 3 a 18 años."],
    how: ["Pregunta en el colegio más cercano."],
  },
  'right-to-school-meals': {
    what: ["El Ayuntamiento puede pagar el comedor del colegio.", "Es para familias con poco dinero."],
    who: ["Familias con poco dinero."],
    how: ["Pídelo en el colegio en septiembre."],
  },
  'right-to-unemployment-benefit': {
    what: ["¿Has perdido tu trabajo?", "Puedes recibir dinero cada mes."],
    who: ["Personas que han perdido su trabajo."],
    how: ["Ve a la Oficina de Empleo.", "Pídelo en los primeros 15 días."],
  },
  'right-to-fair-pay': {
    what: ["Tu jefe tiene que pagarte tu trabajo.", "También sin contrato.", "También sin papeles."],
    who: ["Todas las personas que trabajan."],
    how: ["Apunta tus horas.", "Guarda tus mensajes.", "Pide consejo antes de firmar."],
  },
  'right-to-dependency-care': {
    what: ["¿Necesitas ayuda cada día?", "¿Por ejemplo para lavarte, comer o andar?", "Puedes tener ayuda en casa."],
    who: ["Personas que necesitan ayuda cada día."],
    how: ["Pregunta en tu centro de servicios sociales."],
  },
  'right-to-telecare': {
    what: ["Un botón en casa para pedir ayuda.", "Una persona contesta de día y de noche."],
    who: ["Personas de más de 65 años que viven solas.", "Personas con discapacidad que viven solas."],
    how: ["Pregunta en tu centro de servicios sociales."],
  },
  'right-to-disability-certificate': {
    what: ["El certificado de discapacidad te da ayudas.", "Por ejemplo descuentos en el autobús y ayuda para encontrar trabajo."],
    who: ["Personas con discapacidad."],
    how: ["Pídelo.", "Puentes te ayuda a rellenar los papeles."],
  },
  'right-to-protection-from-violence': {
    what: ["¿Alguien te hace daño?", "Tienes derecho a ayuda y a un sitio seguro.", "Tienes una abogada gratis."],
    who: ["Mujeres a las que hacen daño y sus hijos."],
    how: ["Llama a la línea de 24 horas.", "Si estás en peligro ahora, llama al 112."],
  },
  'right-to-asylum': {
    what: ["¿Te has escapado de un peligro en tu país?", "Puedes pedir protección a España."],
    who: ["Personas que están en peligro en su país."],
    how: ["Pide una cita pronto.", "Mar Abierto te puede ayudar."],
  },
  'right-to-residence-through-roots': {
    what: ["¿Vives en España sin papeles?", "Después de 2 años quizá puedes tener papeles."],
    who: ["Personas migrantes que viven en España desde hace 2 años o más."],
    how: ["Pregunta primero a una abogada."],
  },
  'right-to-digital-help': {
    what: ["Puedes hacer las cosas en las oficinas en persona.", "No necesitas internet.", "El Ayuntamiento te ayuda con internet."],
    who: ["Todas las personas."],
    how: ["Pregunta en la Oficina de Atención a la Ciudadanía o en una biblioteca."],
  },
  'right-to-food': {
    what: ["Nadie debe pasar hambre.", "Puedes comer gratis una comida caliente cada día."],
    who: ["Todas las personas que necesitan comida."],
    how: ["Ve hoy a San Martín."],
  },
  'right-to-child-protection': {
    what: ["Todos los niños tienen que estar seguros.", "Nadie puede hacer daño a un niño.", "Si sabes que un niño está en peligro, díselo a alguien."],
    who: ["Todos los niños, niñas y jóvenes."],
    how: ["Llama a la Línea de Ayuda a la Infancia y la Adolescencia.", "Si un niño está en peligro ahora, llama al 112."],
  },
};

/** Qué traer, en palabras fáciles, por el texto estándar en inglés del documento. */
export const esDocuments: EasyDocuments = {
  'Identity document: DNI, NIE or passport (any of them, even expired).': 'Tu carné de identidad, tu tarjeta de extranjero o tu pasaporte. Vale aunque sea viejo.',
  'Certificate of registration in Valdemar (empadronamiento), if you have it.': 'El papel del padrón que dice que vives en Valdemar, si lo tienes.',
  "Proof of the household's income in the last three months (payslips, benefit letters).": 'Papeles que muestran el dinero de tu familia en los últimos 3 meses.',
  'Rental contract and the last rent receipts.': 'Tu contrato de alquiler y los papeles que muestran que pagaste el alquiler.',
  'Bank account details (IBAN) in your name.': 'El número de tu cuenta del banco.',
  'Any letters or papers about your problem.': 'Todas las cartas y papeles sobre tu problema.',
  'Nothing. Come as you are.': 'No tienes que traer nada.',
  'Referral letter from social services, if you have one.': 'La carta de los servicios sociales, si la tienes.',
  "Family book or children's birth certificates.": 'Tu libro de familia o los papeles de nacimiento de tus hijos.',
  'The bill or quote you need to pay.': 'La factura que tienes que pagar.',
  'Your latest bank statements.': 'Los últimos papeles de tu banco.',
  'Your last electricity and gas bills.': 'Tus últimas facturas de luz y gas.',
  "Your employer's certificate of end of contract.": 'El papel de tu jefe que dice que tu trabajo terminó.',
  'Your job-seeker card.': 'Tu tarjeta de la oficina de empleo.',
  'Health card, if you have one.': 'Tu tarjeta sanitaria, si la tienes.',
  'Payslips, contract and the dismissal letter, if any.': 'Tus nóminas, tu contrato de trabajo y la carta del despido.',
  'The contract, invoice or receipt, and any messages with the company.': 'El contrato, la factura y todos los mensajes con la empresa.',
  'Health reports, if you have them.': 'Papeles de tu médico, si los tienes.',
  'Recent health report from your doctor.': 'Un papel nuevo de tu médico sobre tu salud.',
  'Disability certificate.': 'El papel que dice que tienes una discapacidad.',
  'Health reports.': 'Papeles de tu médico.',
  'Your asylum application paper or appointment, if you have it.': 'El papel de tu petición de protección o tu cita, si lo tienes.',
  'Rental contract, or a signed authorisation from the owner or the main tenant.': 'Tu contrato de alquiler, o una carta firmada por el dueño de la casa.',
  'Referral form.': 'El papel que te manda a nosotros.',
  'Your mobile phone, if you have one.': 'Tu teléfono móvil, si tienes uno.',
  'Rental contract or authorisation from the person who lives there.': 'Tu contrato de alquiler, o una carta firmada por la persona que vive allí.',
  'The bill you need to pay.': 'La factura que tienes que pagar.',
  'Your last electricity bill.': 'Tu última factura de la luz.',
  'Vaccination record, if you have it.': 'El papel de tus vacunas, si lo tienes.',
  "Employer's certificate.": 'Un papel de tu jefe sobre tu trabajo.',
  'Any proof of the work: messages, photos, payments.': 'Algo que muestre que hiciste el trabajo. Por ejemplo mensajes, fotos o pagos.',
  'Health report from your doctor.': 'Un papel de tu médico sobre tu salud.',
  'Any proof of what happened to you.': 'Algo que muestre lo que te pasó.',
};
