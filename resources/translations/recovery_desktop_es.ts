<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>{licence} (from its licence file)</source>
        <extracomment>Longest licence text taken from metadata; longer ones are whole licence texts. The licence its licence file states, for when metadata names none.</extracomment>
        <translation>{licence} (según su archivo de licencia)</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>A private, offline workspace for a person in recovery and their mentor. Your data stays on this computer, encrypted, unless you choose to write a file. No account, no server, nothing sent anywhere.

Recovery Desktop is free software under the GNU General Public License, version 3 or later. It is built on these libraries, each under its own licence:</source>
        <translation>Un espacio de trabajo privado y sin conexión para una persona en recuperación y su mentor. Tus datos se quedan en este ordenador, cifrados, salvo que decidas escribir un archivo. Sin cuenta, sin servidor, sin enviar nada a ninguna parte.

Recovery Desktop es software libre bajo la Licencia Pública General de GNU, versión 3 o posterior. Se apoya en estas bibliotecas, cada una con su propia licencia:</translation>
    </message>
    <message>
        <source>Bundled libraries and their licences</source>
        <translation>Bibliotecas incluidas y sus licencias</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
</context>
<context>
    <name>AdjustGoalDialog</name>
    <message>
        <source>Adjust goal</source>
        <extracomment>The adjusted goal and the reason (Goal, str).</extracomment>
        <translation>Ajustar meta</translation>
    </message>
    <message>
        <source>Why the change</source>
        <translation>Por qué el cambio</translation>
    </message>
    <message>
        <source>Problem with why the change</source>
        <translation>Problema con el porqué del cambio</translation>
    </message>
    <message>
        <source>W&amp;hy the change</source>
        <translation>&amp;Por qué el cambio</translation>
    </message>
    <message>
        <source>Kept with today&apos;s date under the goal&apos;s progress and changes.</source>
        <translation>Se guarda con la fecha de hoy en el avance y los cambios de la meta.</translation>
    </message>
    <message>
        <source>Nothing is changed yet: change the goal, then say why.</source>
        <translation>Todavía no has cambiado nada: cambia la meta y luego di por qué.</translation>
    </message>
    <message>
        <source>Please say why, in a few words: it helps you and your mentor look back.</source>
        <translation>Di por qué en pocas palabras, por favor: os ayuda a ti y a tu mentor a mirar atrás.</translation>
    </message>
</context>
<context>
    <name>AnswerSuggestionCommand</name>
    <message>
        <source>Accept “{title}”</source>
        <translation>Aceptar «{title}»</translation>
    </message>
    <message>
        <source>Decline “{title}”</source>
        <translation>Rechazar «{title}»</translation>
    </message>
</context>
<context>
    <name>AnsweredSuggestionTableModel</name>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Would become</source>
        <translation>Se convertiría en</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <source>Self-assessment</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>A few questions on how things are going, every two to four weeks. Answer from 1 (not at all) to 6 (completely), or skip one. There are no right answers.</source>
        <translation>Unas pocas preguntas sobre cómo van las cosas, cada dos a cuatro semanas. Responde del 1 (nada) al 6 (totalmente), o sáltate alguna. No hay respuestas correctas.</translation>
    </message>
    <message>
        <source>Date of this self-assessment</source>
        <translation>Fecha de esta autoevaluación</translation>
    </message>
    <message>
        <source>Note about this self-assessment</source>
        <translation>Nota sobre esta autoevaluación</translation>
    </message>
    <message>
        <source>Share with my mentor</source>
        <translation>Compartir con mi mentor</translation>
    </message>
    <message>
        <source>Keep my answers</source>
        <translation>Guardar mis respuestas</translation>
    </message>
    <message>
        <source>&amp;Add a question of our own…</source>
        <translation>&amp;Añadir una pregunta propia…</translation>
    </message>
    <message>
        <source>Add a question of our own</source>
        <translation>Añadir una pregunta propia</translation>
    </message>
    <message>
        <source>Problem with the answers</source>
        <translation>Problema con las respuestas</translation>
    </message>
    <message>
        <source>How often we agreed</source>
        <translation>Cada cuánto lo acordamos</translation>
    </message>
    <message>
        <source>Every {weeks} weeks</source>
        <translation>Cada {weeks} semanas</translation>
    </message>
    <message>
        <source>Next self-assessment</source>
        <translation>Próxima autoevaluación</translation>
    </message>
    <message>
        <source>Totals over time</source>
        <translation>Totales a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Self-assessments over time</source>
        <translation>Autoevaluaciones a lo largo del tiempo</translation>
    </message>
    <message>
        <source>self-assessment</source>
        <translation>autoevaluación</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Self-assessment questions</source>
        <translation>Preguntas de la autoevaluación</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Your first one can be today.</source>
        <translation>La primera puede ser hoy.</translation>
    </message>
    <message>
        <source>Next one due: now (since {due:%d %B}).</source>
        <translation>La próxima toca: ahora (desde el {due:%d de %B}).</translation>
    </message>
    <message>
        <source>Next one due around {due:%d %B %Y}.</source>
        <translation>La próxima toca hacia el {due:%d de %B de %Y}.</translation>
    </message>
    <message>
        <source>Please answer at least one question.</source>
        <translation>Responde al menos una pregunta, por favor.</translation>
    </message>
    <message>
        <source>self-assessment question</source>
        <translation>pregunta de autoevaluación</translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{total} of {highest_total}</source>
        <translation>{total} de {highest_total}</translation>
    </message>
    <message>
        <source>Average (1–6)</source>
        <translation>Media (1–6)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>AttemptTableModel</name>
    <message>
        <source>Began</source>
        <translation>Empezó</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Substance-free days</source>
        <translation>Días sin consumo</translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation>Deslices</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Cómo terminó</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Going on</source>
        <translation>Sigue en curso</translation>
    </message>
    <message>
        <source>A relapse: {note}</source>
        <translation>Una recaída: {note}</translation>
    </message>
    <message>
        <source>A relapse</source>
        <translation>Una recaída</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Added later</source>
        <translation>Añadido después</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corregido</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitado</translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation>Recuperado</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>Cambiado el</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
</context>
<context>
    <name>CelebrationDialog</name>
    <message>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Choose a new passphrase</source>
        <extracomment>The new passphrase is in place.</extracomment>
        <translation>Elige una nueva frase de contraseña</translation>
    </message>
    <message>
        <source>You opened your vault with the recovery code. Please choose a new passphrase now; your recovery code keeps working.</source>
        <translation>Has abierto tu bóveda con el código de recuperación. Elige ahora una nueva frase de contraseña, por favor; tu código de recuperación sigue funcionando.</translation>
    </message>
    <message>
        <source>Choose a new passphrase. Your data stays as it is; only the lock changes.</source>
        <translation>Elige una nueva frase de contraseña. Tus datos se quedan como están; solo cambia la cerradura.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nueva frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Lock instead</source>
        <translation>&amp;Bloquear en su lugar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases de contraseña todavía no coinciden.</translation>
    </message>
    <message>
        <source>Changing your passphrase…</source>
        <translation>Cambiando tu frase de contraseña…</translation>
    </message>
    <message>
        <source>That is not your current passphrase. Nothing was changed.</source>
        <translation>Esa no es tu frase de contraseña actual. No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Compared with before</source>
        <extracomment>The areas whose changes the charts show.</extracomment>
        <translation>Comparado con antes</translation>
    </message>
    <message>
        <source>Substance-free days</source>
        <translation>Días sin consumo</translation>
    </message>
    <message>
        <source>Recovery strength</source>
        <translation>Fuerza de la recuperación</translation>
    </message>
    <message>
        <source>Mood and craving</source>
        <translation>Ánimo y ganas de consumir</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Desencadenantes</translation>
    </message>
    <message>
        <source>Coping that works</source>
        <translation>Afrontamiento que funciona</translation>
    </message>
    <message>
        <source>Goals and self-assessment</source>
        <translation>Metas y autoevaluación</translation>
    </message>
    <message>
        <source>The chosen range beside the same number of days just before it.</source>
        <translation>El periodo elegido junto al mismo número de días justo antes.</translation>
    </message>
    <message>
        <source>A calendar of days: substance-free, no check-in, or a slip.</source>
        <translation>Un calendario de días: sin consumo, sin registro o con un tropiezo.</translation>
    </message>
    <message>
        <source>A forgiving score that builds with substance-free days and check-ins and dips only a little after a slip.</source>
        <translation>Una puntuación comprensiva que crece con los días sin consumo y los registros, y baja solo un poco tras un tropiezo.</translation>
    </message>
    <message>
        <source>Daily mood and craving with a 7-day average; craving peaks named.</source>
        <translation>Ánimo y ganas de consumir de cada día con una media de 7 días; los picos de ganas se señalan.</translation>
    </message>
    <message>
        <source>Urges by kind of trigger, the top triggers, and when urges come.</source>
        <translation>Impulsos por tipo de desencadenante, los desencadenantes principales y cuándo llegan los impulsos.</translation>
    </message>
    <message>
        <source>For each coping strategy, how often the urge passed when it was used.</source>
        <translation>Para cada estrategia de afrontamiento, cuántas veces pasó el impulso al usarla.</translation>
    </message>
    <message>
        <source>Goals completed, active goals&apos; steps, and self-assessment over time.</source>
        <translation>Metas cumplidas, pasos de las metas activas y autoevaluación a lo largo del tiempo.</translation>
    </message>
</context>
<context>
    <name>CheckInCommand</name>
    <message>
        <source>Check in for {day:%d %b}</source>
        <translation>Registro del {day:%d de %b}</translation>
    </message>
    <message>
        <source>Change check-in for {day:%d %b}</source>
        <translation>Cambiar el registro del {day:%d de %b}</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>Today&apos;s check-in</source>
        <extracomment>Save was pressed (CheckIn, with the form&apos;s answers). &quot;Uneventful day&quot; was pressed. The person picked another day (dt.date). A mentor reading a share: the words speak of the mentee&apos;s day, not &quot;you&quot;.</extracomment>
        <translation>Registro de hoy</translation>
    </message>
    <message>
        <source>Check-in status</source>
        <translation>Estado del registro</translation>
    </message>
    <message>
        <source>&amp;Uneventful day (one click)</source>
        <translation>&amp;Día tranquilo (un clic)</translation>
    </message>
    <message>
        <source>Uneventful day</source>
        <translation>Día tranquilo</translation>
    </message>
    <message>
        <source>Saves today as substance-free, with an okay mood and no craving.</source>
        <translation>Guarda hoy como día sin consumo, con un ánimo normal y sin ganas de consumir.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Substance-free</source>
        <translation>Sin consumo</translation>
    </message>
    <message>
        <source>A lapse</source>
        <translation>Un desliz</translation>
    </message>
    <message>
        <source>A relapse</source>
        <translation>Una recaída</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Qué pasó (opcional)</translation>
    </message>
    <message>
        <source>What happened, in a few words (optional)</source>
        <translation>Qué pasó, en pocas palabras (opcional)</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Craving, 0 to 10</source>
        <translation>Ganas de consumir, de 0 a 10</translation>
    </message>
    <message>
        <source> of 10</source>
        <translation> de 10</translation>
    </message>
    <message>
        <source>Hungry</source>
        <translation>Hambre</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Enfado</translation>
    </message>
    <message>
        <source>Lonely</source>
        <translation>Soledad</translation>
    </message>
    <message>
        <source>Tired</source>
        <translation>Cansancio</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Sin anotar</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Hours slept</source>
        <translation>Horas dormidas</translation>
    </message>
    <message>
        <source>One thing I&apos;m grateful for</source>
        <translation>Algo que agradezco</translation>
    </message>
    <message>
        <source>Grateful for</source>
        <translation>Gratitud</translation>
    </message>
    <message>
        <source>One support action</source>
        <translation>Una acción de apoyo</translation>
    </message>
    <message>
        <source>For example: called Sam, went to a meeting</source>
        <translation>Por ejemplo: llamé a Sam, fui a una reunión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What my mentor sees</source>
        <translation>Lo que ve mi mentor</translation>
    </message>
    <message>
        <source>What the mentor sees</source>
        <translation>Lo que ve el mentor</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Guardar el registro</translation>
    </message>
    <message>
        <source>After a slip: your first steps</source>
        <extracomment>Shown after a slip is saved: the plan&apos;s first steps, calmly.</extracomment>
        <translation>Tras un tropiezo: tus primeros pasos</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>Today I was:</source>
        <translation>Hoy estuve:</translation>
    </message>
    <message>
        <source>&amp;Mood:</source>
        <translation>Á&amp;nimo:</translation>
    </message>
    <message>
        <source>Cr&amp;aving:</source>
        <translation>&amp;Ganas de consumir:</translation>
    </message>
    <message>
        <source>HALT check:</source>
        <translation>Revisión HALT:</translation>
    </message>
    <message>
        <source>Hours slept:</source>
        <translation>Horas dormidas:</translation>
    </message>
    <message>
        <source>Grateful for:</source>
        <translation>Agradezco:</translation>
    </message>
    <message>
        <source>Support action:</source>
        <translation>Acción de apoyo:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Mentor sees:</source>
        <translation>El mentor ve:</translation>
    </message>
    <message>
        <source>Check-in for {day:%a %d %b %Y}</source>
        <translation>Registro del {day:%a %d de %b de %Y}</translation>
    </message>
    <message>
        <source>That day:</source>
        <translation>Ese día:</translation>
    </message>
    <message>
        <source>As shared, read-only.</source>
        <translation>Tal como se compartió, solo lectura.</translation>
    </message>
    <message>
        <source>No check-in was shared for this day.</source>
        <translation>No se compartió ningún registro de este día.</translation>
    </message>
    <message>
        <source>A past day: your changes are kept in the list of changes to past days.</source>
        <translation>Un día pasado: tus cambios se guardan en la lista de cambios a días pasados.</translation>
    </message>
    <message>
        <source>A past day with no check-in yet: filling it in is noted as added later.</source>
        <translation>Un día pasado sin registro todavía: si lo rellenas, se anota como añadido después.</translation>
    </message>
    <message>
        <source>You have checked in today. You can still change it until the day is over.</source>
        <translation>Ya has hecho el registro de hoy. Puedes cambiarlo hasta que acabe el día.</translation>
    </message>
    <message>
        <source>Not checked in yet today. It takes under a minute.</source>
        <translation>Todavía no has hecho el registro de hoy. Lleva menos de un minuto.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar los cambios</translation>
    </message>
</context>
<context>
    <name>CheckInTab</name>
    <message>
        <source>Check-in</source>
        <extracomment>The person asked for the reminder settings.</extracomment>
        <translation>Registro diario</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>My record</source>
        <translation>Mi historial</translation>
    </message>
    <message>
        <source>My record in detail</source>
        <translation>Mi historial en detalle</translation>
    </message>
    <message>
        <source>Check-ins, one per day</source>
        <translation>Registros, uno por día</translation>
    </message>
    <message>
        <source>Edit this da&amp;y</source>
        <translation>Editar este &amp;día</translation>
    </message>
    <message>
        <source>Edit the chosen day&apos;s check-in</source>
        <translation>Editar el registro del día elegido</translation>
    </message>
    <message>
        <source>Rem&amp;ove this day</source>
        <translation>&amp;Quitar este día</translation>
    </message>
    <message>
        <source>Remove the chosen day&apos;s check-in</source>
        <translation>Quitar el registro del día elegido</translation>
    </message>
    <message>
        <source>Changes to past days</source>
        <translation>Cambios a días pasados</translation>
    </message>
    <message>
        <source>Recovery attempts</source>
        <translation>Etapas de recuperación</translation>
    </message>
    <message>
        <source>Milestones reached</source>
        <translation>Hitos alcanzados</translation>
    </message>
    <message>
        <source>Daily reminder…</source>
        <translation>Recordatorio diario…</translation>
    </message>
    <message>
        <source>Daily check-in reminder settings</source>
        <translation>Ajustes del recordatorio del registro diario</translation>
    </message>
    <message>
        <source>Check-in history</source>
        <translation>Historial de registros</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Days filled in later, corrected or removed, with what changed and when.</source>
        <translation>Días rellenados después, corregidos o quitados, con qué cambió y cuándo.</translation>
    </message>
    <message>
        <source>A lapse is one use; a relapse is a return to the old pattern. Each recovery attempt carries on through lapses.</source>
        <translation>Un desliz es un consumo puntual; una recaída es volver al patrón anterior. Cada etapa de recuperación continúa a través de los deslices.</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Check-in form</source>
        <translation>Formulario del registro</translation>
    </message>
</context>
<context>
    <name>CheckInTableModel</name>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Consumo</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Craving</source>
        <translation>Ganas de consumir</translation>
    </message>
    <message>
        <source>HALT</source>
        <translation>HALT</translation>
    </message>
    <message>
        <source>Slept</source>
        <translation>Dormido</translation>
    </message>
    <message>
        <source>Edited later</source>
        <translation>Editado después</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>CommentTableModel</name>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
</context>
<context>
    <name>ContactRole</name>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Padrino o madrina</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amistad</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Crisis line</source>
        <translation>Línea de crisis</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What they will do</source>
        <translation>Lo que hará</translation>
    </message>
</context>
<context>
    <name>CopingKind</name>
    <message>
        <source>Things I can do on my own</source>
        <translation>Cosas que puedo hacer por mi cuenta</translation>
    </message>
    <message>
        <source>Distraction</source>
        <translation>Distracción</translation>
    </message>
    <message>
        <source>People and places</source>
        <translation>Personas y lugares</translation>
    </message>
    <message>
        <source>Professional help</source>
        <translation>Ayuda profesional</translation>
    </message>
    <message>
        <source>Making my surroundings safer</source>
        <translation>Hacer más seguro mi entorno</translation>
    </message>
</context>
<context>
    <name>CopingTableModel</name>
    <message>
        <source>Coping strategy</source>
        <translation>Estrategia de afrontamiento</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Primer paso</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
</context>
<context>
    <name>DayStatus</name>
    <message>
        <source>Substance-free, checked in</source>
        <translation>Sin consumo, con registro</translation>
    </message>
    <message>
        <source>No check-in (counted substance-free)</source>
        <translation>Sin registro (contado sin consumo)</translation>
    </message>
    <message>
        <source>A slip (lapse or relapse)</source>
        <translation>Un tropiezo (desliz o recaída)</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <source>Overdue</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Para esta semana</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Add {noun}</source>
        <extracomment>Something changed (Changes). Viewing someone else&apos;s share: forms open to read, nothing is saved or deleted. The dialog opened last (tests drive it; at most one is open at a time).</extracomment>
        <translation>Añadir {noun}</translation>
    </message>
    <message>
        <source>Edit {noun}</source>
        <translation>Editar {noun}</translation>
    </message>
    <message>
        <source>Delete {noun}</source>
        <translation>Eliminar {noun}</translation>
    </message>
</context>
<context>
    <name>EncounterTableModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Desencadenantes</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Lasted</source>
        <translation>Duró</translation>
    </message>
    <message>
        <source>{duration_minutes} min</source>
        <translation>{duration_minutes} min</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Cómo terminó</translation>
    </message>
    <message>
        <source>Coping used</source>
        <translation>Afrontamiento usado</translation>
    </message>
</context>
<context>
    <name>ExchangeLogTableModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>What it held</source>
        <translation>Qué contenía</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protección</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <source>Feedback</source>
        <translation>Retroalimentación</translation>
    </message>
    <message>
        <source>What you write here goes to your mentee in the next feedback file (File &gt; Write feedback file). Comments sit beside the item they are about; suggestions wait for your mentee to accept or decline.</source>
        <translation>Lo que escribas aquí le llega a tu mentorado en el próximo archivo de retroalimentación (Archivo &gt; Escribir archivo de retroalimentación). Los comentarios aparecen junto al elemento del que hablan; las sugerencias esperan a que tu mentorado las acepte o las rechace.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What you wrote</source>
        <translation>Lo que escribiste</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Your feedback</source>
        <translation>Tu retroalimentación</translation>
    </message>
    <message>
        <source>&amp;Comment on an item…</source>
        <translation>&amp;Comentar un elemento…</translation>
    </message>
    <message>
        <source>Comment on an item</source>
        <translation>Comentar un elemento</translation>
    </message>
    <message>
        <source>Note a &amp;strength or win…</source>
        <translation>Anotar una &amp;fortaleza o un logro…</translation>
    </message>
    <message>
        <source>Note a strength or win</source>
        <translation>Anotar una fortaleza o un logro</translation>
    </message>
    <message>
        <source>S&amp;uggest a goal or coping strategy…</source>
        <translation>&amp;Sugerir una meta o una estrategia de afrontamiento…</translation>
    </message>
    <message>
        <source>Suggest a goal or coping strategy</source>
        <translation>Sugerir una meta o una estrategia de afrontamiento</translation>
    </message>
    <message>
        <source>Session &amp;notes…</source>
        <translation>&amp;Notas de la sesión…</translation>
    </message>
    <message>
        <source>Add session notes</source>
        <translation>Añadir notas de la sesión</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit feedback</source>
        <translation>Editar la retroalimentación</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete feedback</source>
        <translation>Eliminar la retroalimentación</translation>
    </message>
    <message>
        <source>What is your comment about?</source>
        <translation>¿Sobre qué es tu comentario?</translation>
    </message>
    <message>
        <source>an item</source>
        <translation>un elemento</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Comentario</translation>
    </message>
    <message>
        <source>About: {about}</source>
        <translation>Sobre: {about}</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <source>&amp;This is</source>
        <translation>&amp;Esto es</translation>
    </message>
    <message>
        <source>A strength I noticed</source>
        <translation>Una fortaleza que noté</translation>
    </message>
    <message>
        <source>A win to celebrate</source>
        <translation>Un logro que celebrar</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;In your words</source>
        <translation>&amp;Con tus palabras</translation>
    </message>
    <message>
        <source>Strength or win</source>
        <translation>Fortaleza o logro</translation>
    </message>
    <message>
        <source>strength or win</source>
        <translation>fortaleza o logro</translation>
    </message>
    <message>
        <source>&amp;Suggest a</source>
        <translation>&amp;Sugerir</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Coping strategy</source>
        <translation>Estrategia de afrontamiento</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Why, and how it could look</source>
        <translation>&amp;Por qué, y cómo podría ser</translation>
    </message>
    <message>
        <source>Your mentee decides whether to take it on.</source>
        <translation>Tu mentorado decide si la adopta.</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>suggestion</source>
        <translation>sugerencia</translation>
    </message>
    <message>
        <source>&amp;Session date</source>
        <translation>&amp;Fecha de la sesión</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Agreed actions</source>
        <translation>&amp;Acciones acordadas</translation>
    </message>
    <message>
        <source>One a line.</source>
        <translation>Una por línea.</translation>
    </message>
    <message>
        <source>Ne&amp;xt session</source>
        <translation>Pró&amp;xima sesión</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notas de la sesión</translation>
    </message>
    <message>
        <source>session notes</source>
        <translation>notas de la sesión</translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Cumplida</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
</context>
<context>
    <name>GoalTableModel</name>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Propuesta por</translation>
    </message>
    <message>
        <source>My mentor</source>
        <translation>Mi mentor</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
</context>
<context>
    <name>GoalType</name>
    <message>
        <source>Abstinence</source>
        <translation>Abstinencia</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>Reducción</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
</context>
<context>
    <name>GoalUpdateTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Search goals (Ctrl+F)</source>
        <translation>Buscar metas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search goals</source>
        <translation>Buscar metas</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Mostrar estado</translation>
    </message>
    <message>
        <source>Open goals (proposed, active, paused)</source>
        <translation>Metas abiertas (propuestas, activas, en pausa)</translation>
    </message>
    <message>
        <source>Overdue or due this week</source>
        <translation>Con retraso o para esta semana</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Todas las metas</translation>
    </message>
    <message>
        <source>Show horizon</source>
        <translation>Mostrar horizonte</translation>
    </message>
    <message>
        <source>Any horizon</source>
        <translation>Cualquier horizonte</translation>
    </message>
    <message>
        <source>Goals at a glance</source>
        <translation>Las metas de un vistazo</translation>
    </message>
    <message>
        <source>Goals list</source>
        <translation>Lista de metas</translation>
    </message>
    <message>
        <source>Goals can be small and daily, or milestones months away. Add one, with why it matters to you and how you&apos;ll know it&apos;s working.</source>
        <translation>Las metas pueden ser pequeñas y diarias, o hitos a meses vista. Añade una, con por qué te importa y cómo sabrás que está funcionando.</translation>
    </message>
    <message>
        <source>&amp;Add goal…</source>
        <translation>&amp;Añadir meta…</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Añadir meta</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Editar meta</translation>
    </message>
    <message>
        <source>Adj&amp;ust…</source>
        <translation>A&amp;justar…</translation>
    </message>
    <message>
        <source>Adjust goal, saying what changed and why</source>
        <translation>Ajustar la meta, diciendo qué cambió y por qué</translation>
    </message>
    <message>
        <source>Mark d&amp;one</source>
        <translation>Marcar como &amp;cumplida</translation>
    </message>
    <message>
        <source>Mark goal done</source>
        <translation>Marcar la meta como cumplida</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Eliminar meta</translation>
    </message>
    <message>
        <source>Chosen goal</source>
        <translation>Meta elegida</translation>
    </message>
    <message>
        <source>About the chosen goal</source>
        <translation>Sobre la meta elegida</translation>
    </message>
    <message>
        <source>Steps (Space ticks the highlighted one)</source>
        <translation>Pasos (Espacio marca el resaltado)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Progress and changes</source>
        <translation>Avance y cambios</translation>
    </message>
    <message>
        <source>&amp;Note progress…</source>
        <translation>Anotar a&amp;vance…</translation>
    </message>
    <message>
        <source>Note progress</source>
        <translation>Anotar avance</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>meta</translation>
    </message>
    <message>
        <source>{count} overdue</source>
        <translation>{count} con retraso</translation>
    </message>
    <message>
        <source>{count} due this week</source>
        <translation>{count} para esta semana</translation>
    </message>
    <message>
        <source>{parts} (of {count} open goals)</source>
        <translation>{parts} (de {count} metas abiertas)</translation>
    </message>
    <message>
        <source>{count} open goals, none overdue.</source>
        <translation>{count} metas abiertas, ninguna con retraso.</translation>
    </message>
    <message>
        <source>Choose a goal to see its steps and progress.</source>
        <translation>Elige una meta para ver sus pasos y su avance.</translation>
    </message>
    <message>
        <source>Due {day:%A %d %B %Y}</source>
        <translation>Fecha límite: {day:%A %d de %B de %Y}</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <source>Done on {day:%d %B %Y}</source>
        <translation>Cumplida el {day:%d de %B de %Y}</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>How I&apos;ll measure it</source>
        <translation>Cómo la mediré</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>No steps yet: add them with Edit…</source>
        <translation>Todavía no hay pasos: añádelos con Editar…</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Añadir una meta</translation>
    </message>
    <message>
        <source>Adjust goal</source>
        <translation>Ajustar meta</translation>
    </message>
    <message>
        <source>goal update</source>
        <translation>nota de la meta</translation>
    </message>
    <message>
        <source>Progress on “{title}”</source>
        <translation>Avance en «{title}»</translation>
    </message>
    <message>
        <source>progress note</source>
        <translation>nota de avance</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
</context>
<context>
    <name>GrowthPages</name>
    <message>
        <source>Check-&amp;in</source>
        <translation>Re&amp;gistro diario</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>D&amp;iario</translation>
    </message>
    <message>
        <source>Learn&amp;ing</source>
        <translation>Apre&amp;ndizaje</translation>
    </message>
    <message>
        <source>&amp;Self-assessment</source>
        <translation>Auto&amp;evaluación</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Registro diario</translation>
    </message>
</context>
<context>
    <name>HALT</name>
    <message>
        <source>Hungry</source>
        <translation>Hambre</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Enfado</translation>
    </message>
    <message>
        <source>Lonely</source>
        <translation>Soledad</translation>
    </message>
    <message>
        <source>Tired</source>
        <translation>Cansancio</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>{app} user guide</source>
        <extracomment>A little air between lines and around the shortcuts table; colours follow the palette.</extracomment>
        <translation>Guía de uso de {app}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation>Cerrar la guía</translation>
    </message>
</context>
<context>
    <name>Horizon</name>
    <message>
        <source>Daily</source>
        <extracomment>&quot;Due this week&quot; means due today or in the six days after it.</extracomment>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <source>Private: only you can read this entry.</source>
        <translation>Privada: solo tú puedes leer esta entrada.</translation>
    </message>
    <message>
        <source>Shared: your mentor will see this entry in your next share file.</source>
        <translation>Compartida: tu mentor verá esta entrada en tu próximo archivo para compartir.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Search the journal (Ctrl+F)</source>
        <translation>Buscar en el diario (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Nueva entrada</translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation>Nueva entrada del diario</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>E&amp;liminar entrada</translation>
    </message>
    <message>
        <source>Delete journal entry</source>
        <translation>Eliminar entrada del diario</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Fecha de la entrada</translation>
    </message>
    <message>
        <source>Entry title</source>
        <translation>Título de la entrada</translation>
    </message>
    <message>
        <source>A title, if you like</source>
        <translation>Un título, si quieres</translation>
    </message>
    <message>
        <source>Mood (optional)</source>
        <translation>Ánimo (opcional)</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Sin anotar</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Texto de la entrada</translation>
    </message>
    <message>
        <source>Write freely. This stays private unless you share it.</source>
        <translation>Escribe con libertad. Esto queda en privado salvo que lo compartas.</translation>
    </message>
    <message>
        <source>Share this entry with &amp;my mentor</source>
        <translation>Compartir esta entrada con &amp;mi mentor</translation>
    </message>
    <message>
        <source>Share this entry with my mentor</source>
        <translation>Compartir esta entrada con mi mentor</translation>
    </message>
    <message>
        <source>Who can read this entry</source>
        <translation>Quién puede leer esta entrada</translation>
    </message>
    <message>
        <source>Save entr&amp;y</source>
        <translation>&amp;Guardar entrada</translation>
    </message>
    <message>
        <source>Save journal entry</source>
        <translation>Guardar la entrada del diario</translation>
    </message>
    <message>
        <source>Problem with this entry</source>
        <translation>Problema con esta entrada</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>M&amp;ood:</source>
        <translation>Á&amp;nimo:</translation>
    </message>
    <message>
        <source>1 entry with “{words}”.</source>
        <translation>1 entrada con «{words}».</translation>
    </message>
    <message>
        <source>{count} entries with “{words}”.</source>
        <translation>{count} entradas con «{words}».</translation>
    </message>
    <message>
        <source>No entries with “{words}”.</source>
        <translation>Ninguna entrada con «{words}».</translation>
    </message>
    <message>
        <source>A new entry</source>
        <translation>Una entrada nueva</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Please write something first.</source>
        <translation>Escribe algo primero, por favor.</translation>
    </message>
    <message>
        <source>journal entry</source>
        <translation>entrada del diario</translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Mentor sees it</source>
        <translation>La ve el mentor</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
</context>
<context>
    <name>LearningKind</name>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Support group</source>
        <translation>Grupo de apoyo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
</context>
<context>
    <name>LearningTab</name>
    <message>
        <source>Learning</source>
        <translation>Aprendizaje</translation>
    </message>
    <message>
        <source>What you learn and where you connect: workshops, reading, meetings, support groups and events. Link one to a goal it helps with; regular meetings can repeat.</source>
        <translation>Lo que aprendes y dónde conectas: talleres, lecturas, reuniones, grupos de apoyo y eventos. Vincula cada uno a una meta a la que ayude; las reuniones habituales se pueden repetir.</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Próximamente</translation>
    </message>
    <message>
        <source>Search the log (Ctrl+F)</source>
        <translation>Buscar en el registro (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the learning log</source>
        <translation>Buscar en el registro de aprendizaje</translation>
    </message>
    <message>
        <source>Show kind</source>
        <translation>Mostrar tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Learning and community log</source>
        <translation>Registro de aprendizaje y comunidad</translation>
    </message>
    <message>
        <source>&amp;Add to the log…</source>
        <translation>&amp;Añadir al registro…</translation>
    </message>
    <message>
        <source>Add to the learning log</source>
        <translation>Añadir al registro de aprendizaje</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit learning log entry</source>
        <translation>Editar entrada del registro de aprendizaje</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete learning log entry</source>
        <translation>Eliminar entrada del registro de aprendizaje</translation>
    </message>
    <message>
        <source>learning log entry</source>
        <translation>entrada del registro de aprendizaje</translation>
    </message>
    <message>
        <source>Coming up: {items}</source>
        <translation>Próximamente: {items}</translation>
    </message>
    <message>
        <source>Nothing regular planned: a meeting or group can repeat every week or month.</source>
        <translation>Nada habitual previsto: una reunión o un grupo se puede repetir cada semana o cada mes.</translation>
    </message>
</context>
<context>
    <name>LearningTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <source>{label}, next {upcoming:%a %d %b}</source>
        <translation>{label}, la próxima el {upcoming:%a %d de %b}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Triggers</source>
        <translation>&amp;Desencadenantes</translation>
    </message>
    <message>
        <source>Your triggers, their if-then plans and the urge log will be here.</source>
        <translation>Aquí estarán tus desencadenantes, sus planes «si pasa esto, haré aquello» y el registro de impulsos.</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Your relapse-prevention plan will be here.</source>
        <translation>Aquí estará tu plan de prevención de recaídas.</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Metas</translation>
    </message>
    <message>
        <source>Your goals and their progress will be here.</source>
        <translation>Aquí estarán tus metas y su avance.</translation>
    </message>
    <message>
        <source>P&amp;rogress</source>
        <translation>P&amp;rogreso</translation>
    </message>
    <message>
        <source>Charts of how things are going will be here.</source>
        <translation>Aquí estarán los gráficos de cómo van las cosas.</translation>
    </message>
    <message>
        <source>Triggers</source>
        <extracomment>Each tab&apos;s name: the key callers look it up by, and (translated) its accessible name.</extracomment>
        <translation>Desencadenantes</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Registro diario</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendizaje</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorados</translation>
    </message>
    <message>
        <source>Workspace sections</source>
        <extracomment>The dynamic property that holds a tab page&apos;s name (its accessible name is translated). The dynamic property that holds an action&apos;s freedesktop icon name, if it has an icon. The person asked to lock the workspace. The person asked to change the passphrase. The person asked for a backup now. The person asked to restore a backup. &quot;Remember on this computer&quot; was switched: (on). The person closed the window or chose Quit. File &gt; Log an urge. Edit &gt; Preferences.</extracomment>
        <translation>Secciones del espacio de trabajo</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>Desbloqueado.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Log an urge…</source>
        <translation>Anotar un &amp;impulso…</translation>
    </message>
    <message>
        <source>Write down an urge while it is fresh</source>
        <translation>Anota un impulso mientras lo tienes reciente</translation>
    </message>
    <message>
        <source>&amp;Share with my mentor…</source>
        <translation>&amp;Compartir con mi mentor…</translation>
    </message>
    <message>
        <source>Choose what your mentor sees and write a share file</source>
        <translation>Elige lo que ve tu mentor y escribe un archivo para compartir</translation>
    </message>
    <message>
        <source>&amp;Import mentor feedback…</source>
        <translation>I&amp;mportar la retroalimentación del mentor…</translation>
    </message>
    <message>
        <source>Bring in your mentor&apos;s comments, suggestions and session notes</source>
        <translation>Trae los comentarios, las sugerencias y las notas de sesión de tu mentor</translation>
    </message>
    <message>
        <source>&amp;Open a mentee&apos;s share…</source>
        <translation>&amp;Abrir lo compartido por un mentorado…</translation>
    </message>
    <message>
        <source>Import a share file and open the session</source>
        <translation>Importar un archivo compartido y abrir la sesión</translation>
    </message>
    <message>
        <source>&amp;Write feedback file…</source>
        <translation>&amp;Escribir archivo de retroalimentación…</translation>
    </message>
    <message>
        <source>Write your comments, suggestions and session notes for this mentee</source>
        <translation>Escribe tus comentarios, sugerencias y notas de sesión para este mentorado</translation>
    </message>
    <message>
        <source>&amp;Print this mentee&apos;s plan…</source>
        <translation>Im&amp;primir el plan de este mentorado…</translation>
    </message>
    <message>
        <source>Print the plan from the share you are looking at</source>
        <translation>Imprimir el plan de lo compartido que estás viendo</translation>
    </message>
    <message>
        <source>&amp;Print my plan…</source>
        <translation>Im&amp;primir mi plan…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>E&amp;xport my plan as PDF…</source>
        <translation>E&amp;xportar mi plan como PDF…</translation>
    </message>
    <message>
        <source>Print my wallet &amp;crisis card…</source>
        <translation>Imprimir mi &amp;tarjeta de crisis para la cartera…</translation>
    </message>
    <message>
        <source>A credit-card-sized card to carry</source>
        <translation>Una tarjeta del tamaño de una tarjeta de crédito para llevar encima</translation>
    </message>
    <message>
        <source>Print a bla&amp;nk plan…</source>
        <translation>Imprimir un plan en &amp;blanco…</translation>
    </message>
    <message>
        <source>The same plan, with lines to write on</source>
        <translation>El mismo plan, con líneas para escribir</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer copia de &amp;seguridad ahora</translation>
    </message>
    <message>
        <source>Save an encrypted copy of your workspace</source>
        <translation>Guardar una copia cifrada de tu espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Go back to an earlier copy</source>
        <translation>Volver a una copia anterior</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>Re&amp;member on this computer</source>
        <translation>Re&amp;cordar en este ordenador</translation>
    </message>
    <message>
        <source>Open without typing the passphrase while you are logged in</source>
        <translation>Abrir sin escribir la frase de contraseña mientras tengas la sesión iniciada</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Lock now; your passphrase opens it again</source>
        <translation>Bloquear ahora; tu frase de contraseña lo vuelve a abrir</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Search this tab</source>
        <translation>Buscar en esta pestaña</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferencias…</translation>
    </message>
    <message>
        <source>Locking, reminder, colours, language and backups</source>
        <translation>Bloqueo, recordatorio, colores, idioma y copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>Sección &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>Sección &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>How to use the app, offline</source>
        <translation>Cómo usar la aplicación, sin conexión</translation>
    </message>
    <message>
        <source>&amp;About {name}</source>
        <translation>&amp;Acerca de {name}</translation>
    </message>
</context>
<context>
    <name>MenteeExchange</name>
    <message>
        <source>Import mentor feedback</source>
        <translation>Importar la retroalimentación del mentor</translation>
    </message>
    <message>
        <source>&amp;Mentor</source>
        <extracomment>The share dialog opened last (tests drive it).</extracomment>
        <translation>Men&amp;tor</translation>
    </message>
    <message>
        <source>Share file written: {name} ({fingerprint}).</source>
        <translation>Archivo para compartir escrito: {name} ({fingerprint}).</translation>
    </message>
    <message>
        <source>Feedback files (*{FEEDBACK_SUFFIX});;All files (*)</source>
        <translation>Archivos de retroalimentación (*{FEEDBACK_SUFFIX});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>This file is protected with the passphrase you agreed with your mentor. Please type it:</source>
        <translation>Este archivo está protegido con la frase de contraseña que acordaste con tu mentor. Escríbela, por favor:</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se ha importado nada.</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
</context>
<context>
    <name>MenteeView</name>
    <message>
        <source>Shared workspace</source>
        <translation>Espacio de trabajo compartido</translation>
    </message>
    <message>
        <source>Whose workspace this is</source>
        <translation>De quién es este espacio de trabajo</translation>
    </message>
    <message>
        <source>Shared sections</source>
        <translation>Secciones compartidas</translation>
    </message>
    <message>
        <source>Check-&amp;in</source>
        <translation>Re&amp;gistro diario</translation>
    </message>
    <message>
        <source>&amp;Triggers</source>
        <translation>&amp;Desencadenantes</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Metas</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>D&amp;iario</translation>
    </message>
    <message>
        <source>Learn&amp;ing</source>
        <translation>Apre&amp;ndizaje</translation>
    </message>
    <message>
        <source>&amp;Self-assessment</source>
        <translation>Auto&amp;evaluación</translation>
    </message>
    <message>
        <source>P&amp;rogress</source>
        <translation>P&amp;rogreso</translation>
    </message>
</context>
<context>
    <name>MenteesPage</name>
    <message>
        <source>Mentees</source>
        <translation>Mentorados</translation>
    </message>
    <message>
        <source>Each mentee&apos;s shares are kept here, encrypted, with their history. Open a share file your mentee gave you (File &gt; Open a mentee&apos;s share, Ctrl+O); open a session to see their workspace as shared and to write your feedback.</source>
        <translation>Aquí se guarda, cifrado y con su historial, lo que comparte cada mentorado. Abre un archivo que te haya dado tu mentorado (Archivo &gt; Abrir lo compartido por un mentorado, Ctrl+O); abre una sesión para ver su espacio de trabajo tal como lo compartió y escribir tu retroalimentación.</translation>
    </message>
    <message>
        <source>No mentee has shared with you yet. When your mentee gives you a share file (it ends in .rdshare), open it here.</source>
        <translation>Todavía no ha compartido nada contigo ningún mentorado. Cuando tu mentorado te dé un archivo para compartir (termina en .rdshare), ábrelo aquí.</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentorado</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Latest share</source>
        <translation>Último envío</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protección</translation>
    </message>
    <message>
        <source>&amp;Open a share file…</source>
        <translation>&amp;Abrir un archivo compartido…</translation>
    </message>
    <message>
        <source>Open a share file</source>
        <translation>Abrir un archivo compartido</translation>
    </message>
    <message>
        <source>Open &amp;session</source>
        <translation>Abrir &amp;sesión</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Paired keys</source>
        <translation>Claves emparejadas</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
</context>
<context>
    <name>MentorCommentsPanel</name>
    <message>
        <source>From your mentor</source>
        <translation>De tu mentor</translation>
    </message>
    <message>
        <source>Comments from your mentor</source>
        <translation>Comentarios de tu mentor</translation>
    </message>
</context>
<context>
    <name>MentorPages</name>
    <message>
        <source>&amp;Mentees</source>
        <translation>&amp;Mentorados</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentorado</translation>
    </message>
    <message>
        <source>Open a mentee&apos;s share</source>
        <translation>Abrir lo compartido por un mentorado</translation>
    </message>
    <message>
        <source>Share files (*{SHARE_SUFFIX});;All files (*)</source>
        <translation>Archivos compartidos (*{SHARE_SUFFIX});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Share passphrase</source>
        <translation>Frase de contraseña del envío</translation>
    </message>
    <message>
        <source>The passphrase you agreed on with your mentee:</source>
        <translation>La frase de contraseña que acordaste con tu mentorado:</translation>
    </message>
    <message>
        <source>Opening the share…</source>
        <translation>Abriendo lo compartido…</translation>
    </message>
    <message>
        <source>This share from {sender} (fingerprint {fingerprint}) was already here; nothing changed.</source>
        <translation>Este envío de {sender} (huella {fingerprint}) ya estaba aquí; no ha cambiado nada.</translation>
    </message>
    <message>
        <source>Imported {sender}&apos;s share (fingerprint {fingerprint}): {written} new or changed items.</source>
        <translation>Importado el envío de {sender} (huella {fingerprint}): {written} elementos nuevos o cambiados.</translation>
    </message>
    <message>
        <source>Write feedback for {name}</source>
        <translation>Escribir retroalimentación para {name}</translation>
    </message>
    <message>
        <source>Feedback files (*{FEEDBACK_SUFFIX})</source>
        <translation>Archivos de retroalimentación (*{FEEDBACK_SUFFIX})</translation>
    </message>
    <message>
        <source>Wrote feedback for {name} ({total} items) to {file}. Only {name}&apos;s app can open it.</source>
        <translation>Retroalimentación para {name} ({total} elementos) escrita en {file}. Solo la aplicación de {name} puede abrirla.</translation>
    </message>
</context>
<context>
    <name>MentorSession</name>
    <message>
        <source>Session with {name}</source>
        <extracomment>Another share was chosen in *Show* (its id, or None for everything so far).</extracomment>
        <translation>Sesión con {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s workspace as shared on {when} (share {shares}). Read-only: your comments go in the Feedback tab.</source>
        <translation>El espacio de trabajo de {name} tal como lo compartió el {when} (envío {shares}). Solo lectura: tus comentarios van en la pestaña Retroalimentación.</translation>
    </message>
    <message>
        <source>{name}&apos;s share {number} of {when}, exactly as it arrived (an earlier share). Read-only.</source>
        <translation>El envío {number} de {name}, del {when}, tal como llegó (un envío anterior). Solo lectura.</translation>
    </message>
    <message>
        <source>Which share to show</source>
        <translation>Qué envío mostrar</translation>
    </message>
    <message>
        <source>Everything shared so far</source>
        <translation>Todo lo compartido hasta ahora</translation>
    </message>
    <message>
        <source>Share {number}, {when}</source>
        <translation>Envío {number}, {when}</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Session brief</source>
        <translation>Resumen para la sesión</translation>
    </message>
    <message>
        <source>&amp;Print the brief…</source>
        <translation>Im&amp;primir el resumen…</translation>
    </message>
    <message>
        <source>Print the brief</source>
        <translation>Imprimir el resumen</translation>
    </message>
    <message>
        <source>&amp;Brief</source>
        <translation>Res&amp;umen</translation>
    </message>
    <message>
        <source>Feedbac&amp;k</source>
        <translation>Retroa&amp;limentación</translation>
    </message>
</context>
<context>
    <name>MentorTab</name>
    <message>
        <source>Mentor</source>
        <extracomment>The most lines a note or a comment shows before it scrolls. The person asked to import a feedback file. The person asked to share with their mentor.</extracomment>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>From your mentor at a glance</source>
        <translation>Lo de tu mentor de un vistazo</translation>
    </message>
    <message>
        <source>Share &amp;with my mentor…</source>
        <translation>Compartir &amp;con mi mentor…</translation>
    </message>
    <message>
        <source>Share with my mentor</source>
        <translation>Compartir con mi mentor</translation>
    </message>
    <message>
        <source>Import feed&amp;back…</source>
        <translation>Importar &amp;retroalimentación…</translation>
    </message>
    <message>
        <source>Import feedback from my mentor</source>
        <translation>Importar la retroalimentación de mi mentor</translation>
    </message>
    <message>
        <source>Suggestions waiting for your answer</source>
        <translation>Sugerencias que esperan tu respuesta</translation>
    </message>
    <message>
        <source>No suggestions are waiting for an answer.</source>
        <translation>No hay sugerencias esperando respuesta.</translation>
    </message>
    <message>
        <source>About the chosen suggestion</source>
        <translation>Sobre la sugerencia elegida</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>Accept the chosen suggestion</source>
        <translation>Aceptar la sugerencia elegida</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Decline the chosen suggestion</source>
        <translation>Rechazar la sugerencia elegida</translation>
    </message>
    <message>
        <source>What your answer did</source>
        <translation>Lo que hizo tu respuesta</translation>
    </message>
    <message>
        <source>Answered suggestions</source>
        <translation>Sugerencias respondidas</translation>
    </message>
    <message>
        <source>Suggestions you accept or decline are listed here with your answer.</source>
        <translation>Las sugerencias que aceptes o rechaces aparecen aquí con tu respuesta.</translation>
    </message>
    <message>
        <source>Strengths and wins</source>
        <translation>Fortalezas y logros</translation>
    </message>
    <message>
        <source>Strengths your mentor notices and wins you celebrate together appear here.</source>
        <translation>Aquí aparecen las fortalezas que nota tu mentor y los logros que celebráis juntos.</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notas de la sesión</translation>
    </message>
    <message>
        <source>Notes from your sessions, with the actions you agreed, appear here.</source>
        <translation>Aquí aparecen las notas de vuestras sesiones, con las acciones que acordasteis.</translation>
    </message>
    <message>
        <source>The chosen session&apos;s notes</source>
        <translation>Las notas de la sesión elegida</translation>
    </message>
    <message>
        <source>Comments on your items</source>
        <translation>Comentarios sobre tus elementos</translation>
    </message>
    <message>
        <source>Your mentor&apos;s comments on your triggers, goals and other items appear here, and beside the item itself.</source>
        <translation>Aquí aparecen los comentarios de tu mentor sobre tus desencadenantes, metas y otros elementos, y también junto al propio elemento.</translation>
    </message>
    <message>
        <source>The chosen comment</source>
        <translation>El comentario elegido</translation>
    </message>
    <message>
        <source>&amp;Print this comment with my plan</source>
        <translation>Im&amp;primir este comentario con mi plan</translation>
    </message>
    <message>
        <source>Print this comment with my plan</source>
        <translation>Imprimir este comentario con mi plan</translation>
    </message>
    <message>
        <source>It appears under &quot;Comments from my mentor&quot; (Ctrl+P)</source>
        <translation>Aparece en «Comentarios de mi mentor» (Ctrl+P)</translation>
    </message>
    <message>
        <source>Sharing history</source>
        <translation>Historial de envíos</translation>
    </message>
    <message>
        <source>Each share you write and each feedback file you import is listed here: when, what it held, how it was protected and its fingerprint.</source>
        <translation>Aquí aparece cada envío que escribes y cada archivo de retroalimentación que importas: cuándo, qué contenía, cómo estaba protegido y su huella.</translation>
    </message>
    <message>
        <source>From your mentor</source>
        <translation>De tu mentor</translation>
    </message>
    <message>
        <source>You have shared with your mentor. When they send a feedback file back, import it here (Ctrl+I) and their notes, comments and suggestions appear on this tab.</source>
        <translation>Ya has compartido con tu mentor. Cuando te devuelva un archivo de retroalimentación, impórtalo aquí (Ctrl+I) y sus notas, comentarios y sugerencias aparecerán en esta pestaña.</translation>
    </message>
    <message>
        <source>Nothing from your mentor yet. Start by sharing with them (Ctrl+E); when they send a feedback file back, import it here (Ctrl+I).</source>
        <translation>Todavía no hay nada de tu mentor. Empieza compartiendo con él o ella (Ctrl+E); cuando te devuelva un archivo de retroalimentación, impórtalo aquí (Ctrl+I).</translation>
    </message>
    <message>
        <source>Feedback last imported on {day}.</source>
        <translation>Última retroalimentación importada el {day}.</translation>
    </message>
    <message>
        <source>Next session: {day}.</source>
        <translation>Próxima sesión: {day}.</translation>
    </message>
    <message>
        <source>1 suggestion is waiting for your answer.</source>
        <translation>1 sugerencia espera tu respuesta.</translation>
    </message>
    <message>
        <source>{count} suggestions are waiting for your answer.</source>
        <translation>{count} sugerencias esperan tu respuesta.</translation>
    </message>
    <message>
        <source>If you accept, it becomes one of your goals, marked as suggested by your mentor, and you can change it as you like.</source>
        <translation>Si la aceptas, pasa a ser una de tus metas, marcada como sugerida por tu mentor, y puedes cambiarla como quieras.</translation>
    </message>
    <message>
        <source>If you accept, it joins the coping strategies in your plan, and you can change it as you like.</source>
        <translation>Si la aceptas, se suma a las estrategias de afrontamiento de tu plan, y puedes cambiarla como quieras.</translation>
    </message>
    <message>
        <source>Session of {day}</source>
        <translation>Sesión del {day}</translation>
    </message>
    <message>
        <source>Notes
{notes}</source>
        <translation>Notas
{notes}</translation>
    </message>
    <message>
        <source>Agreed actions
{actions}</source>
        <translation>Acciones acordadas
{actions}</translation>
    </message>
    <message>
        <source>Next session: {day}</source>
        <translation>Próxima sesión: {day}</translation>
    </message>
    <message>
        <source>About {about}:

{text}</source>
        <translation>Sobre {about}:

{text}</translation>
    </message>
    <message>
        <source>your goals</source>
        <translation>tus metas</translation>
    </message>
    <message>
        <source>your plan</source>
        <translation>tu plan</translation>
    </message>
    <message>
        <source>“{title}” is now in {where}.</source>
        <translation>«{title}» ya está en {where}.</translation>
    </message>
    <message>
        <source>You declined “{title}”. Your mentor will see your answer in your next share.</source>
        <translation>Has rechazado «{title}». Tu mentor verá tu respuesta en tu próximo envío.</translation>
    </message>
    <message>
        <source>{note} Edit &gt; Undo takes this back.</source>
        <translation>{note} Editar &gt; Deshacer lo revierte.</translation>
    </message>
</context>
<context>
    <name>MilestoneTableModel</name>
    <message>
        <source>Reached on</source>
        <translation>Alcanzado el</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
</context>
<context>
    <name>Mood</name>
    <message>
        <source>Very low</source>
        <translation>Muy bajo</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Muy bien</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>What should we call you?</source>
        <translation>¿Cómo quieres que te llamemos?</translation>
    </message>
    <message>
        <source>Your first name or a nickname is enough. It appears on your printouts.</source>
        <translation>Basta con tu nombre o un apodo. Aparece en lo que imprimas.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>The urge passed</source>
        <translation>El impulso pasó</translation>
    </message>
    <message>
        <source>A lapse</source>
        <translation>Un desliz</translation>
    </message>
    <message>
        <source>A relapse</source>
        <translation>Una recaída</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Use at least {count} characters.</source>
        <translation>Usa al menos {count} caracteres.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Try a few unrelated words, like a short odd sentence.</source>
        <translation>Débil: fácil de adivinar. Prueba con unas cuantas palabras sin relación, como una frase corta y rara.</translation>
    </message>
    <message>
        <source>Fair: one or two more words would make it strong.</source>
        <translation>Aceptable: una o dos palabras más la harían fuerte.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Fuerte.</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>The text changed.</extracomment>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show {name}</source>
        <translation>Mostrar {name}</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elige una frase de contraseña</translation>
    </message>
    <message>
        <source>It encrypts everything you keep in Recovery Desktop.</source>
        <translation>Cifra todo lo que guardas en Recovery Desktop.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Nobody, including us, can recover it for you; the recovery code on the next page is your way back in.</source>
        <translation>Nadie, ni siquiera nosotros, puede recuperarla por ti; el código de recuperación de la página siguiente es tu forma de volver a entrar.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Crear mi bóveda</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases de contraseña todavía no coinciden.</translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <source>My reasons for recovery and what I protect</source>
        <translation>Mis razones para la recuperación y lo que protejo</translation>
    </message>
    <message>
        <source>My daily routine and balance</source>
        <translation>Mi rutina diaria y mi equilibrio</translation>
    </message>
    <message>
        <source>If I slip: my first steps</source>
        <translation>Si tropiezo: mis primeros pasos</translation>
    </message>
    <message>
        <source>Crisis steps and crisis lines</source>
        <translation>Pasos para una crisis y líneas de crisis</translation>
    </message>
    <message>
        <source>Making my surroundings safer</source>
        <translation>Hacer más seguro mi entorno</translation>
    </message>
    <message>
        <source>How often my mentor and I check in</source>
        <translation>Cada cuánto hablamos mi mentor y yo</translation>
    </message>
    <message>
        <source>When I can contact my mentor</source>
        <translation>Cuándo puedo contactar con mi mentor</translation>
    </message>
    <message>
        <source>If my mentor cannot be reached</source>
        <translation>Si no puedo contactar con mi mentor</translation>
    </message>
    <message>
        <source>Where this plan is kept</source>
        <translation>Dónde se guarda este plan</translation>
    </message>
    <message>
        <source>My triggers and my if-then plans</source>
        <extracomment>Printable parts of the plan, in print order, with their headings (English: the heading is translated when the plan is rendered).</extracomment>
        <translation>Mis desencadenantes y mis planes «si pasa esto, haré aquello»</translation>
    </message>
    <message>
        <source>My warning signs</source>
        <translation>Mis señales de alerta</translation>
    </message>
    <message>
        <source>My coping strategies</source>
        <translation>Mis estrategias de afrontamiento</translation>
    </message>
    <message>
        <source>My support ladder</source>
        <translation>Mi escalera de apoyo</translation>
    </message>
    <message>
        <source>My agreement with my mentor</source>
        <translation>Mi acuerdo con mi mentor</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Who and what I am doing this for.</source>
        <translation>Por quién y por qué hago esto.</translation>
    </message>
    <message>
        <source>Sleep, meals, work, movement, meetings, time with people.</source>
        <translation>Sueño, comidas, trabajo, movimiento, reuniones, tiempo con otras personas.</translation>
    </message>
    <message>
        <source>A slip is a moment, not the end. Who I call first, what I do next.</source>
        <translation>Un tropiezo es un momento, no el final. A quién llamo primero, qué hago después.</translation>
    </message>
    <message>
        <source>What I do, in order, if things get worse.</source>
        <translation>Qué hago, en orden, si las cosas empeoran.</translation>
    </message>
    <message>
        <source>What I keep out of reach, and who helps.</source>
        <translation>Qué mantengo fuera de mi alcance, y quién me ayuda.</translation>
    </message>
    <message>
        <source>For example: a message every evening, a session every two weeks.</source>
        <translation>Por ejemplo: un mensaje cada tarde, una sesión cada dos semanas.</translation>
    </message>
    <message>
        <source>When my mentor is glad to hear from me.</source>
        <translation>Cuándo le viene bien a mi mentor que le escriba o llame.</translation>
    </message>
    <message>
        <source>Who I call instead, and which crisis line.</source>
        <translation>A quién llamo en su lugar, y a qué línea de crisis.</translation>
    </message>
    <message>
        <source>For example: on the fridge, in my wallet, with my mentor.</source>
        <translation>Por ejemplo: en la nevera, en la cartera, con mi mentor.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Triggers and their if-then plans</source>
        <translation>Desencadenantes y sus planes «si pasa esto, haré aquello»</translation>
    </message>
    <message>
        <source>My warning signs</source>
        <translation>Mis señales de alerta</translation>
    </message>
    <message>
        <source>warning sign</source>
        <translation>señal de alerta</translation>
    </message>
    <message>
        <source>My coping strategies</source>
        <translation>Mis estrategias de afrontamiento</translation>
    </message>
    <message>
        <source>coping strategy</source>
        <translation>estrategia de afrontamiento</translation>
    </message>
    <message>
        <source>My support ladder (who I contact first, then next)</source>
        <translation>Mi escalera de apoyo (a quién contacto primero, y después)</translation>
    </message>
    <message>
        <source>supporter</source>
        <translation>persona de apoyo</translation>
    </message>
    <message>
        <source>&amp;Mark as reviewed with my mentor…</source>
        <translation>&amp;Marcar como revisado con mi mentor…</translation>
    </message>
    <message>
        <source>Mark as reviewed with my mentor</source>
        <translation>Marcar como revisado con mi mentor</translation>
    </message>
    <message>
        <source>Earlier &amp;versions…</source>
        <translation>&amp;Versiones anteriores…</translation>
    </message>
    <message>
        <source>Earlier versions of my plan</source>
        <translation>Versiones anteriores de mi plan</translation>
    </message>
    <message>
        <source>My relapse-prevention plan</source>
        <translation>Mi plan de prevención de recaídas</translation>
    </message>
    <message>
        <source>My triggers and my if-then plans</source>
        <translation>Mis desencadenantes y mis planes «si pasa esto, haré aquello»</translation>
    </message>
    <message>
        <source>These come from the Triggers tab. Double-click one to edit it.</source>
        <translation>Vienen de la pestaña Desencadenantes. Haz doble clic en uno para editarlo.</translation>
    </message>
    <message>
        <source>My agreement with my mentor</source>
        <translation>Mi acuerdo con mi mentor</translation>
    </message>
    <message>
        <source>Plan sections</source>
        <translation>Secciones del plan</translation>
    </message>
    <message>
        <source>Edit {noun}</source>
        <translation>Editar {noun}</translation>
    </message>
    <message>
        <source>Common warning signs</source>
        <translation>Señales de alerta frecuentes</translation>
    </message>
    <message>
        <source>warning signs</source>
        <translation>señales de alerta</translation>
    </message>
    <message>
        <source>Common coping strategies</source>
        <translation>Estrategias de afrontamiento frecuentes</translation>
    </message>
    <message>
        <source>coping strategies</source>
        <translation>estrategias de afrontamiento</translation>
    </message>
    <message>
        <source>Crisis lines on my ladder: {lines}</source>
        <translation>Líneas de crisis en mi escalera: {lines}</translation>
    </message>
    <message>
        <source>Add a crisis line to your support ladder so it is always in your plan.</source>
        <translation>Añade una línea de crisis a tu escalera de apoyo para que esté siempre en tu plan.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin fijar</translation>
    </message>
    <message>
        <source>Reviewed together with my mentor: {reviewed}. Next review: {upcoming}.</source>
        <translation>Revisado junto con mi mentor: {reviewed}. Próxima revisión: {upcoming}.</translation>
    </message>
    <message>
        <source>Add a {noun}</source>
        <translation>Añadir {noun}</translation>
    </message>
    <message>
        <source>Move {noun}</source>
        <translation>Mover {noun}</translation>
    </message>
    <message>
        <source>Add suggested {nouns}</source>
        <translation>Añadir {nouns} sugeridas</translation>
    </message>
</context>
<context>
    <name>PlanVersionsDialog</name>
    <message>
        <source>Earlier versions of my plan</source>
        <translation>Versiones anteriores de mi plan</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Version {number}, reviewed {reviewed_on:%d %b %Y}</source>
        <translation>Versión {number}, revisada el {reviewed_on:%d de %b de %Y}</translation>
    </message>
    <message>
        <source>The plan as it was</source>
        <translation>El plan tal como era</translation>
    </message>
    <message>
        <source>What changed since</source>
        <translation>Qué ha cambiado desde entonces</translation>
    </message>
    <message>
        <source>What changed since then</source>
        <translation>Qué ha cambiado desde entonces</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Nothing has changed since.</source>
        <translation>No ha cambiado nada desde entonces.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>The idle lock time a person may choose, in minutes. How many daily backups a person may keep. The idle lock time changed (int: minutes); the session restarts its count with it.</extracomment>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes without use before the app locks</source>
        <translation>Minutos sin uso antes de que se bloquee la aplicación</translation>
    </message>
    <message>
        <source>After this long without use, the app locks itself and asks for your passphrase again, even with a dialog open.</source>
        <translation>Tras este tiempo sin uso, la aplicación se bloquea sola y vuelve a pedirte la frase de contraseña, aunque haya un diálogo abierto.</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Bloquear tras:</translation>
    </message>
    <message>
        <source>Daily check-in reminder</source>
        <translation>Recordatorio del registro diario</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Recordatorio diario</translation>
    </message>
    <message>
        <source>Change &amp;reminder…</source>
        <translation>Cambiar el &amp;recordatorio…</translation>
    </message>
    <message>
        <source>Change the daily reminder</source>
        <translation>Cambiar el recordatorio diario</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Muy grande</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A new language takes effect when you next open the app.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que abras la aplicación.</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Daily backups to keep</source>
        <translation>Copias diarias que conservar</translation>
    </message>
    <message>
        <source>The app saves an encrypted copy of your workspace once a day. Beyond this number, the oldest are removed at the next daily backup.</source>
        <translation>La aplicación guarda una copia cifrada de tu espacio de trabajo una vez al día. Por encima de este número, las más antiguas se eliminan en la siguiente copia diaria.</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Open backups folder</source>
        <translation>&amp;Abrir la carpeta de copias</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>Abrir la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Todavía no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Daily backups to keep:</source>
        <translation>Copias &amp;diarias que conservar:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>No daily reminder.</source>
        <translation>Sin recordatorio diario.</translation>
    </message>
    <message>
        <source>Every day at {at}, if you haven&apos;t checked in; quiet from {start} to {end}.</source>
        <translation>Cada día a las {at}, si no has hecho el registro; en silencio de {start} a {end}.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print my plan</source>
        <extracomment>The dialog opened last (tests drive it).</extracomment>
        <translation>Imprimir mi plan</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>Export my plan as PDF</source>
        <translation>Exportar mi plan como PDF</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>relapse-prevention-plan.pdf</source>
        <translation>plan-de-prevencion-de-recaidas.pdf</translation>
    </message>
    <message>
        <source>Print a blank plan</source>
        <translation>Imprimir un plan en blanco</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>Enviado a la impresora</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exportar como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Guardado {name}</translation>
    </message>
    <message>
        <source>{what}: 1 page.</source>
        <translation>{what}: 1 página.</translation>
    </message>
    <message>
        <source>{what}: {count} pages.</source>
        <translation>{what}: {count} páginas.</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Carta (8,5 × 11 pulgadas)</translation>
    </message>
    <message>
        <source>Sections to include</source>
        <extracomment>(PrintOptions, QPageSize.PageSizeId)</extracomment>
        <translation>Secciones que incluir</translation>
    </message>
    <message>
        <source>Include: {heading}</source>
        <translation>Incluir: {heading}</translation>
    </message>
    <message>
        <source>Add a page on how the last month went (text and a chart)</source>
        <translation>Añadir una página sobre cómo fue el último mes (texto y un gráfico)</translation>
    </message>
    <message>
        <source>Include a progress summary page</source>
        <translation>Incluir una página de resumen del progreso</translation>
    </message>
    <message>
        <source>Include my mentor&apos;s comments</source>
        <translation>Incluir los comentarios de mi mentor</translation>
    </message>
    <message>
        <source>1 comment chosen for printing in the Mentor tab.</source>
        <translation>1 comentario elegido para imprimir en la pestaña Mentor.</translation>
    </message>
    <message>
        <source>{count} comments chosen for printing in the Mentor tab.</source>
        <translation>{count} comentarios elegidos para imprimir en la pestaña Mentor.</translation>
    </message>
    <message>
        <source>Choose which of your mentor&apos;s comments to print in the Mentor tab (Print with my plan).</source>
        <translation>Elige qué comentarios de tu mentor imprimir en la pestaña Mentor (Imprimir con mi plan).</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>&amp;Letra grande</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <extracomment>After start-up, read the data in the background this long after the tab is built. Redraw this long after the canvas stops changing size. A chart saved as a file is this size, in inches, in the light theme. Screen pixels per inch the figures are laid out for (the canvas scales for HiDPI). How many drawn charts are kept, ready to show again. After this long without a change of chart or range, the other ranges are drawn ahead. The ranges drawn ahead, so a change of range shows at once.</extracomment>
        <translation>Imagen PNG (*.png);;Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>Progress</source>
        <extracomment>What a canvas shows: chart, days, size in pixels, and theme (colours and text size). The canvas that shows a figure in a Qt widget (imported when the first chart is drawn).</extracomment>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Charts</source>
        <extracomment>What the charts draw on (None until first read). Canvases drawn lately, by what they show, the one on screen last: going back to a range or chart seen a moment ago shows its picture again without redrawing. The chart canvas on screen (a FigureCanvasQTAgg), once a chart is drawn.</extracomment>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Range from</source>
        <translation>Periodo desde</translation>
    </message>
    <message>
        <source>Range to</source>
        <translation>Periodo hasta</translation>
    </message>
    <message>
        <source>&amp;Save chart as a picture…</source>
        <translation>&amp;Guardar el gráfico como imagen…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG or SVG picture</source>
        <translation>Guardar este gráfico como imagen PNG o SVG</translation>
    </message>
    <message>
        <source>Saved in light colours, ready to print or share.</source>
        <translation>Se guarda en colores claros, listo para imprimir o compartir.</translation>
    </message>
    <message>
        <source>Worth talking about with your mentor</source>
        <translation>Vale la pena hablarlo con tu mentor</translation>
    </message>
    <message>
        <source>Simple rules look at the last few weeks. Each prompt names the rule that fired.</source>
        <translation>Unas reglas sencillas miran las últimas semanas. Cada aviso dice qué regla se cumplió.</translation>
    </message>
    <message>
        <source>These are simple rules, not a diagnosis: a prompt to talk, nothing more.</source>
        <translation>Son reglas sencillas, no un diagnóstico: una invitación a hablar, nada más.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Chart summary</source>
        <translation>Resumen del gráfico</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Gráfico:</translation>
    </message>
    <message>
        <source>Chart choices and early warnings</source>
        <translation>Opciones de gráfico y avisos tempranos</translation>
    </message>
    <message>
        <source>Reading your progress…</source>
        <translation>Leyendo tu progreso…</translation>
    </message>
    <message>
        <source>The charts could not be drawn just now.</source>
        <translation>Ahora mismo no se han podido dibujar los gráficos.</translation>
    </message>
    <message>
        <source>None of the early-warning rules applies right now.</source>
        <translation>Ahora mismo no se cumple ninguna de las reglas de aviso temprano.</translation>
    </message>
    <message>
        <source>Early warnings</source>
        <translation>Avisos tempranos</translation>
    </message>
    <message>
        <source>Early warning: {rule}</source>
        <translation>Aviso temprano: {rule}</translation>
    </message>
    <message>
        <source>The rule: {rule}</source>
        <translation>La regla: {rule}</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar el gráfico</translation>
    </message>
    <message>
        <source>Saving the chart</source>
        <translation>Guardando el gráfico</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Guardado {name}.</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <source>I have people I can turn to when things get hard.</source>
        <extracomment>How often the pair may agree to take it, in weeks. Our own questions; their keys never change.</extracomment>
        <translation>Tengo personas a las que acudir cuando las cosas se ponen difíciles.</translation>
    </message>
    <message>
        <source>My days have a routine that supports my recovery.</source>
        <translation>Mis días tienen una rutina que apoya mi recuperación.</translation>
    </message>
    <message>
        <source>I feel able to handle cravings when they come.</source>
        <translation>Me siento capaz de manejar las ganas de consumir cuando llegan.</translation>
    </message>
    <message>
        <source>Where I live feels safe and steady.</source>
        <translation>El lugar donde vivo me resulta seguro y estable.</translation>
    </message>
    <message>
        <source>I look after my body: sleep, food and movement.</source>
        <translation>Cuido mi cuerpo: sueño, comida y movimiento.</translation>
    </message>
    <message>
        <source>I spend time on things that matter to me.</source>
        <translation>Dedico tiempo a cosas que me importan.</translation>
    </message>
    <message>
        <source>I feel hopeful about the months ahead.</source>
        <translation>Tengo esperanza en los próximos meses.</translation>
    </message>
    <message>
        <source>I know what I would do if I slipped.</source>
        <translation>Sé lo que haría si tuviera un tropiezo.</translation>
    </message>
</context>
<context>
    <name>RangeKind</name>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>All of it</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Dates I choose</source>
        <translation>Fechas que elijo</translation>
    </message>
</context>
<context>
    <name>RecognitionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What your mentor wrote</source>
        <translation>Lo que escribió tu mentor</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Nothing to choose yet.</source>
        <extracomment>Shown instead of an empty LINKS list (&quot;&quot; for a general &quot;nothing to choose yet&quot;). The edited record passed validation (R).</extracomment>
        <translation>Todavía no hay nada que elegir.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problema con {field}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Sin anotar</translation>
    </message>
</context>
<context>
    <name>RecordListSection</name>
    <message>
        <source>Add {noun}…</source>
        <extracomment>Add was pressed. Edit was pressed or a row activated (Record). Delete was pressed (Record). Move up (-1) or down (+1) was pressed: (Record, int). The starter-suggestions button was pressed.</extracomment>
        <translation>Añadir {noun}…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>{action} ({noun})</source>
        <translation>{action} ({noun})</translation>
    </message>
    <message>
        <source>Suggestions…</source>
        <translation>Sugerencias…</translation>
    </message>
    <message>
        <source>Suggestions for {title}</source>
        <translation>Sugerencias para {title}</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code opens your vault.</source>
        <translation>Si olvidas tu frase de contraseña, este código abre tu bóveda.</translation>
    </message>
    <message>
        <source>Setting up your encrypted vault…</source>
        <translation>Preparando tu bóveda cifrada…</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Imprimir el código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Guardar en un archivo…</translation>
    </message>
    <message>
        <source>Save the recovery code to a file</source>
        <translation>Guardar el código de recuperación en un archivo</translation>
    </message>
    <message>
        <source>I have printed, saved or written down my recovery code</source>
        <translation>He impreso, guardado o anotado mi código de recuperación</translation>
    </message>
    <message>
        <source>I have kept my recovery code</source>
        <translation>He guardado mi código de recuperación</translation>
    </message>
    <message>
        <source>It is shown only now: print it, save it or write it down, and keep it somewhere safe.</source>
        <translation>Solo se muestra ahora: imprímelo, guárdalo o anótalo, y tenlo en un lugar seguro.</translation>
    </message>
    <message>
        <source>Your vault is ready.</source>
        <translation>Tu bóveda está lista.</translation>
    </message>
    <message>
        <source>Save recovery code</source>
        <translation>Guardar el código de recuperación</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Saved to {name}. Keep that file somewhere only you can reach.</source>
        <translation>Guardado en {name}. Guarda ese archivo donde solo tú puedas llegar.</translation>
    </message>
</context>
<context>
    <name>RememberPage</name>
    <message>
        <source>Open without typing your passphrase?</source>
        <translation>¿Abrir sin escribir tu frase de contraseña?</translation>
    </message>
    <message>
        <source>Your computer&apos;s keychain can remember the key for you.</source>
        <translation>El llavero de tu ordenador puede recordar la clave por ti.</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Recordar en este ordenador</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Recordar en este ordenador</translation>
    </message>
    <message>
        <source>Recovery Desktop then opens without your passphrase while you are logged in, so anyone using your computer account could open it too. Your passphrase and recovery code keep working either way.</source>
        <translation>Así Recovery Desktop se abre sin tu frase de contraseña mientras tengas la sesión iniciada, de modo que cualquiera que use tu cuenta del ordenador también podría abrirlo. Tu frase de contraseña y tu código de recuperación siguen funcionando en cualquier caso.</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Daily check-in reminder</source>
        <translation>Recordatorio del registro diario</translation>
    </message>
    <message>
        <source>A gentle nudge while the app is open, once a day, if you haven&apos;t checked in yet. Nothing is sent anywhere.</source>
        <translation>Un recordatorio amable mientras la aplicación está abierta, una vez al día, si todavía no has hecho el registro. No se envía nada a ninguna parte.</translation>
    </message>
    <message>
        <source>Remind me to check in</source>
        <translation>Recordarme hacer el registro</translation>
    </message>
    <message>
        <source>Remind me at</source>
        <translation>Recordármelo a las</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Horas de silencio desde</translation>
    </message>
    <message>
        <source>Quiet hours until</source>
        <translation>Horas de silencio hasta</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;A las:</translation>
    </message>
    <message>
        <source>&amp;Quiet from:</source>
        <translation>&amp;Silencio desde:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>RemoveDayCommand</name>
    <message>
        <source>Remove check-in for {day:%d %b}</source>
        <translation>Quitar el registro del {day:%d de %b}</translation>
    </message>
</context>
<context>
    <name>Repeat</name>
    <message>
        <source>Once</source>
        <translation>Una vez</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Cada mes</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Restoring replaces everything in your workspace with the backup you choose. Your current state is backed up first, so you can come back to it.</source>
        <translation>Restaurar sustituye todo tu espacio de trabajo por la copia que elijas. Antes se hace una copia de tu estado actual, para que puedas volver a él.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>There are no backups yet. Recovery Desktop makes one on each day you open it, and File &gt; Back up now makes one at any time.</source>
        <translation>Todavía no hay copias de seguridad. Recovery Desktop hace una cada día que lo abres, y Archivo &gt; Hacer copia de seguridad ahora hace una en cualquier momento.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Restaurar la copia elegida</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Mark as reviewed with my mentor</source>
        <extracomment>(dt.date, dt.date, str)</extracomment>
        <translation>Marcar como revisado con mi mentor</translation>
    </message>
    <message>
        <source>This keeps a dated copy of your plan as it is now, so you can look back at it and see what changed.</source>
        <translation>Así se guarda una copia con fecha de tu plan tal como está ahora, para que puedas volver a mirarla y ver qué cambió.</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Revisado el</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>Note about this review</source>
        <translation>Nota sobre esta revisión</translation>
    </message>
    <message>
        <source>&amp;Reviewed on:</source>
        <translation>&amp;Revisado el:</translation>
    </message>
    <message>
        <source>&amp;Next review:</source>
        <translation>&amp;Próxima revisión:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>&amp;Keep this version</source>
        <translation>&amp;Guardar esta versión</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>Guardar esta versión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Please choose a next review after this one.</source>
        <translation>Elige una próxima revisión posterior a esta, por favor.</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>Welcome to Recovery Desktop</source>
        <translation>Te damos la bienvenida a Recovery Desktop</translation>
    </message>
    <message>
        <source>Everything you write stays on this computer, encrypted.</source>
        <translation>Todo lo que escribas se queda en este ordenador, cifrado.</translation>
    </message>
    <message>
        <source>I am working on my own recovery</source>
        <translation>Estoy trabajando en mi propia recuperación</translation>
    </message>
    <message>
        <source>Role: working on my own recovery</source>
        <translation>Papel: trabajando en mi propia recuperación</translation>
    </message>
    <message>
        <source>I am a mentor, supporting someone in recovery</source>
        <translation>Soy mentor y acompaño a alguien en su recuperación</translation>
    </message>
    <message>
        <source>Role: mentor</source>
        <translation>Papel: mentor</translation>
    </message>
    <message>
        <source>There is no account, no server and no tracking.</source>
        <translation>No hay cuenta, ni servidor, ni seguimiento.</translation>
    </message>
    <message>
        <source>How will you use Recovery Desktop?</source>
        <translation>¿Cómo vas a usar Recovery Desktop?</translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <source>Craving rising over two weeks</source>
        <extracomment>Craving: the last 7 days&apos; average at least this much above the 7 days before... ...and at least this high. Check-ins in each of those weeks for the averages to mean something. Days in a row without a check-in (today aside: it is not over yet). Days out of the last 7 with the same HALT state ticked. Mood: the last 7 days&apos; average at most this... ...and this much below the 21 days before (when there were check-ins then). Urges: at least this many in the last 14 days... ...and this many times the 14 days before. Nights under this many hours... ...on this many of the last 7 check-ins. Slip days within the last 30 days.</extracomment>
        <translation>Ganas de consumir en aumento durante dos semanas</translation>
    </message>
    <message>
        <source>Check-ins missed for several days</source>
        <translation>Varios días sin registro</translation>
    </message>
    <message>
        <source>A warning sign ticked again and again</source>
        <translation>Una señal de alerta marcada una y otra vez</translation>
    </message>
    <message>
        <source>Mood lower than usual</source>
        <translation>Ánimo más bajo de lo habitual</translation>
    </message>
    <message>
        <source>Urges coming more often</source>
        <translation>Impulsos más frecuentes</translation>
    </message>
    <message>
        <source>Short nights</source>
        <translation>Noches cortas</translation>
    </message>
    <message>
        <source>Slips close together</source>
        <translation>Tropiezos muy seguidos</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <source>Not at all</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Rarely</source>
        <translation>Poco</translation>
    </message>
    <message>
        <source>Somewhat</source>
        <translation>Algo</translation>
    </message>
    <message>
        <source>Mostly</source>
        <translation>Bastante</translation>
    </message>
    <message>
        <source>Very much</source>
        <translation>Mucho</translation>
    </message>
    <message>
        <source>Completely</source>
        <translation>Totalmente</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Please type your passphrase.</source>
        <extracomment>Imported in the background while the unlock dialog waits, so unlocking is quick. Imported in the background a moment after the workspace opens, so the Progress tab&apos;s first chart is quick; never at start-up (matplotlib costs a second to import). The workspace is open and its window shown. The workspace was locked (by the person or after idle). The app should end. A share or feedback file to open once the workspace is ready. The new-passphrase dialog after a recovery-code unlock (kept, or Python deletes it). Open, waiting for a new passphrase after a recovery-code unlock.</extracomment>
        <translation>Escribe tu frase de contraseña, por favor.</translation>
    </message>
    <message>
        <source>Checking your computer&apos;s keychain…</source>
        <translation>Consultando el llavero de tu ordenador…</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Copia de seguridad restaurada.</translation>
    </message>
</context>
<context>
    <name>SessionNoteTableModel</name>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Acciones acordadas</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Próxima sesión</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Recovery Desktop</source>
        <extracomment>The vault is created and the wizard finished: (OpenVault, remember: bool).</extracomment>
        <translation>Configurar Recovery Desktop</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>&amp;Plan</source>
        <extracomment>The sections, in the order shown: field of ShareChoice, check box text, what goes.</extracomment>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Reasons, routine, lapse plan, crisis steps, coping, supporters</source>
        <translation>Razones, rutina, plan ante un desliz, pasos para una crisis, afrontamiento, personas de apoyo</translation>
    </message>
    <message>
        <source>&amp;Triggers and urge log</source>
        <translation>&amp;Desencadenantes y registro de impulsos</translation>
    </message>
    <message>
        <source>Your triggers with their plans, and urges logged</source>
        <translation>Tus desencadenantes con sus planes, y los impulsos anotados</translation>
    </message>
    <message>
        <source>&amp;Warning signs</source>
        <translation>&amp;Señales de alerta</translation>
    </message>
    <message>
        <source>Each warning sign and what you will do about it</source>
        <translation>Cada señal de alerta y lo que harás al respecto</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Metas</translation>
    </message>
    <message>
        <source>Goals with their steps and progress notes</source>
        <translation>Metas con sus pasos y notas de avance</translation>
    </message>
    <message>
        <source>&amp;Self-assessments</source>
        <translation>&amp;Autoevaluaciones</translation>
    </message>
    <message>
        <source>Your answers, and any questions you added</source>
        <translation>Tus respuestas, y las preguntas que hayas añadido</translation>
    </message>
    <message>
        <source>&amp;Journal entries marked shared</source>
        <translation>Entradas del &amp;diario marcadas como compartidas</translation>
    </message>
    <message>
        <source>Only the entries you switched to share</source>
        <translation>Solo las entradas que marcaste para compartir</translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation>&amp;Hitos</translation>
    </message>
    <message>
        <source>Milestones you have reached</source>
        <translation>Los hitos que has alcanzado</translation>
    </message>
    <message>
        <source>&amp;Learning log</source>
        <translation>Registro de a&amp;prendizaje</translation>
    </message>
    <message>
        <source>Workshops, reading, meetings and events</source>
        <translation>Talleres, lecturas, reuniones y eventos</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>The check-in choices: value, combo box text, what goes.</extracomment>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>No check-ins at all</source>
        <translation>Ningún registro</translation>
    </message>
    <message>
        <source>A summary</source>
        <translation>Un resumen</translation>
    </message>
    <message>
        <source>Mood, craving, HALT, sleep and use; never your words</source>
        <translation>Ánimo, ganas de consumir, HALT, sueño y consumo; nunca tus palabras</translation>
    </message>
    <message>
        <source>In full</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>Your words too, on days you chose to share in full</source>
        <translation>También tus palabras, los días que elegiste compartir completos</translation>
    </message>
    <message>
        <source>Share with my mentor</source>
        <extracomment>A share file was written: (Receipt, Changes). The preview opened last (tests look at it). The receipt of the file written, once it is.</extracomment>
        <translation>Compartir con mi mentor</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>Preview what your mentor will see</source>
        <translation>Ver antes lo que verá tu mentor</translation>
    </message>
    <message>
        <source>W&amp;rite share file…</source>
        <translation>&amp;Escribir archivo para compartir…</translation>
    </message>
    <message>
        <source>Write share file</source>
        <translation>Escribir archivo para compartir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Share status</source>
        <translation>Estado del envío</translation>
    </message>
    <message>
        <source>Choose what goes into this share. Your mentor reads it in their own app and cannot change anything you wrote.</source>
        <translation>Elige qué va en este envío. Tu mentor lo lee en su propia aplicación y no puede cambiar nada de lo que escribiste.</translation>
    </message>
    <message>
        <source>What your mentor will see</source>
        <translation>Lo que verá tu mentor</translation>
    </message>
    <message>
        <source>&amp;Check-ins:</source>
        <translation>&amp;Registros:</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Items you switched off with “Share with my mentor” stay out whatever you tick here, and private journal entries never go. Your answers to your mentor&apos;s suggestions always go.</source>
        <translation>Los elementos en los que desactivaste «Compartir con mi mentor» se quedan fuera marques lo que marques aquí, y las entradas privadas del diario nunca van. Tus respuestas a las sugerencias de tu mentor van siempre.</translation>
    </message>
    <message>
        <source>How the file is protected</source>
        <translation>Cómo se protege el archivo</translation>
    </message>
    <message>
        <source>Passphrase we &amp;agree on</source>
        <translation>Frase de contraseña que &amp;acordamos</translation>
    </message>
    <message>
        <source>Our paired &amp;keys (no passphrase)</source>
        <translation>Nuestras &amp;claves emparejadas (sin frase de contraseña)</translation>
    </message>
    <message>
        <source>Passphrase we agree on</source>
        <translation>Frase de contraseña que acordamos</translation>
    </message>
    <message>
        <source>New s&amp;uggestion</source>
        <translation>Otra s&amp;ugerencia</translation>
    </message>
    <message>
        <source>Suggest another passphrase</source>
        <translation>Sugerir otra frase de contraseña</translation>
    </message>
    <message>
        <source>Read it to your mentor in person or on the phone, never in the same message as the file. At least {MIN_LENGTH} characters; the suggested words are easy to say.</source>
        <translation>Díctasela a tu mentor en persona o por teléfono, nunca en el mismo mensaje que el archivo. Al menos {MIN_LENGTH} caracteres; las palabras sugeridas son fáciles de decir.</translation>
    </message>
    <message>
        <source>Encrypted to your mentor&apos;s key and signed with yours: only their app opens it, and no passphrase is needed.</source>
        <translation>Cifrado con la clave de tu mentor y firmado con la tuya: solo su aplicación lo abre, y no hace falta frase de contraseña.</translation>
    </message>
    <message>
        <source>Possible once you have imported a feedback file from your mentor; the first exchange uses a passphrase.</source>
        <translation>Es posible en cuanto hayas importado un archivo de retroalimentación de tu mentor; el primer intercambio usa una frase de contraseña.</translation>
    </message>
    <message>
        <source>Your share file is written.</source>
        <translation>Tu archivo para compartir está escrito.</translation>
    </message>
    <message>
        <source>What was written</source>
        <translation>Qué se ha escrito</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>The passphrase needs at least {MIN_LENGTH} characters.</source>
        <translation>La frase de contraseña necesita al menos {MIN_LENGTH} caracteres.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>Share files (*{SHARE_SUFFIX})</source>
        <translation>Archivos compartidos (*{SHARE_SUFFIX})</translation>
    </message>
    <message>
        <source>Writing the share file…</source>
        <translation>Escribiendo el archivo para compartir…</translation>
    </message>
    <message>
        <source>File: {name}
Folder: {parent}
It holds {items}.
Fingerprint: {fingerprint}</source>
        <translation>Archivo: {name}
Carpeta: {parent}
Contiene {items}.
Huella: {fingerprint}</translation>
    </message>
    <message>
        <source>Give the file to your mentor as you like (a USB stick, email, a shared folder). Tell them the passphrase in person or on the phone, not in the same message as the file:

{chosen_passphrase}

Your mentor&apos;s app lists the same fingerprint once they import the file.</source>
        <translation>Dale el archivo a tu mentor como prefieras (una memoria USB, el correo, una carpeta compartida). Dile la frase de contraseña en persona o por teléfono, no en el mismo mensaje que el archivo:

{chosen_passphrase}

La aplicación de tu mentor muestra la misma huella cuando importa el archivo.</translation>
    </message>
    <message>
        <source>Give the file to your mentor as you like (a USB stick, email, a shared folder). It is encrypted to their key, so no passphrase is needed and nobody else can open it. Your mentor&apos;s app lists the same fingerprint once they import the file.</source>
        <translation>Dale el archivo a tu mentor como prefieras (una memoria USB, el correo, una carpeta compartida). Está cifrado con su clave, así que no hace falta frase de contraseña y nadie más puede abrirlo. La aplicación de tu mentor muestra la misma huella cuando importa el archivo.</translation>
    </message>
</context>
<context>
    <name>SharePreviewDialog</name>
    <message>
        <source>Preview: this is exactly what your mentor will see</source>
        <translation>Vista previa: esto es exactamente lo que verá tu mentor</translation>
    </message>
    <message>
        <source>Preview of your share</source>
        <translation>Vista previa de tu envío</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Cerrar la vista previa</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Keep private</source>
        <translation>Mantener en privado</translation>
    </message>
    <message>
        <source>Share a summary (mood, craving, substance-free or not)</source>
        <translation>Compartir un resumen (ánimo, ganas de consumir, con o sin consumo)</translation>
    </message>
    <message>
        <source>Share everything, notes included</source>
        <translation>Compartirlo todo, notas incluidas</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Emotional</source>
        <translation>Emocional</translation>
    </message>
    <message>
        <source>Mental</source>
        <translation>Mental</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Física</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Temprana</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Intermedia</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tardía</translation>
    </message>
</context>
<context>
    <name>StarterDialog</name>
    <message>
        <source>Tick the ones that fit you. They are a starting point: you can rename them and add your own plan afterwards.</source>
        <extracomment>The ticked suggestions&apos; indexes (list[int]).</extracomment>
        <translation>Marca las que encajen contigo. Son un punto de partida: después puedes cambiarles el nombre y añadir tu propio plan.</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>&amp;Add ticked</source>
        <translation>&amp;Añadir las marcadas</translation>
    </message>
    <message>
        <source>Add ticked suggestions</source>
        <translation>Añadir las sugerencias marcadas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SuggestionTableModel</name>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Would become</source>
        <translation>Se convertiría en</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerida</translation>
    </message>
</context>
<context>
    <name>TriggerCategory</name>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Things</source>
        <translation>Cosas</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Situaciones</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Momentos</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Pensamientos</translation>
    </message>
    <message>
        <source>Physical states</source>
        <translation>Estados físicos</translation>
    </message>
    <message>
        <source>Things going well</source>
        <translation>Cuando las cosas van bien</translation>
    </message>
</context>
<context>
    <name>TriggerPlanTableModel</name>
    <message>
        <source>Trigger</source>
        <translation>Desencadenante</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>If it comes up</source>
        <translation>Si aparece</translation>
    </message>
    <message>
        <source>Who I contact</source>
        <translation>A quién contacto</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Evitar</translation>
    </message>
    <message>
        <source>Get away</source>
        <translation>Alejarme</translation>
    </message>
    <message>
        <source>Cope</source>
        <translation>Afrontar</translation>
    </message>
</context>
<context>
    <name>TriggerTableModel</name>
    <message>
        <source>Trigger</source>
        <translation>Desencadenante</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last came up</source>
        <translation>Última vez que apareció</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
</context>
<context>
    <name>TriggersTab</name>
    <message>
        <source>Triggers</source>
        <translation>Desencadenantes</translation>
    </message>
    <message>
        <source>Search triggers (Ctrl+F)</source>
        <translation>Buscar desencadenantes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search triggers</source>
        <translation>Buscar desencadenantes</translation>
    </message>
    <message>
        <source>Show kind</source>
        <translation>Mostrar tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Outside me (people, places, things…)</source>
        <translation>Fuera de mí (personas, lugares, cosas…)</translation>
    </message>
    <message>
        <source>Inside me (feelings, thoughts, body)</source>
        <translation>Dentro de mí (sentimientos, pensamientos, cuerpo)</translation>
    </message>
    <message>
        <source>Show risk</source>
        <translation>Mostrar riesgo</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Cualquier riesgo</translation>
    </message>
    <message>
        <source>{risk} risk</source>
        <translation>Riesgo {risk}</translation>
    </message>
    <message>
        <source>&amp;Add trigger…</source>
        <translation>&amp;Añadir desencadenante…</translation>
    </message>
    <message>
        <source>Add trigger</source>
        <translation>Añadir desencadenante</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit trigger</source>
        <translation>Editar desencadenante</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete trigger</source>
        <translation>Eliminar desencadenante</translation>
    </message>
    <message>
        <source>Start from &amp;common triggers…</source>
        <translation>Empezar por desencadenantes &amp;frecuentes…</translation>
    </message>
    <message>
        <source>Start from common triggers</source>
        <translation>Empezar por desencadenantes frecuentes</translation>
    </message>
    <message>
        <source>Triggers are the people, places, feelings and moments that can set off an urge. Add your own, or start from a list of common ones and make them yours.</source>
        <translation>Los desencadenantes son las personas, los lugares, los sentimientos y los momentos que pueden despertar un impulso. Añade los tuyos, o empieza por una lista de los más frecuentes y hazlos tuyos.</translation>
    </message>
    <message>
        <source>When an urge comes, log it here (Ctrl+U), even briefly. Over time it shows you and your mentor which triggers come up and what helps.</source>
        <translation>Cuando llegue un impulso, anótalo aquí (Ctrl+U), aunque sea en pocas palabras. Con el tiempo os muestra a ti y a tu mentor qué desencadenantes aparecen y qué ayuda.</translation>
    </message>
    <message>
        <source>Triggers list</source>
        <translation>Lista de desencadenantes</translation>
    </message>
    <message>
        <source>&amp;Log an urge…</source>
        <translation>Anotar un &amp;impulso…</translation>
    </message>
    <message>
        <source>Log an urge</source>
        <translation>Anotar un impulso</translation>
    </message>
    <message>
        <source>Edit &amp;entry…</source>
        <translation>Editar &amp;anotación…</translation>
    </message>
    <message>
        <source>Edit urge log entry</source>
        <translation>Editar anotación del registro de impulsos</translation>
    </message>
    <message>
        <source>Delete e&amp;ntry</source>
        <translation>Eliminar a&amp;notación</translation>
    </message>
    <message>
        <source>Delete urge log entry</source>
        <translation>Eliminar anotación del registro de impulsos</translation>
    </message>
    <message>
        <source>Urge log</source>
        <translation>Registro de impulsos</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>desencadenante</translation>
    </message>
    <message>
        <source>urge log entry</source>
        <translation>anotación del registro de impulsos</translation>
    </message>
    <message>
        <source>Add a trigger</source>
        <translation>Añadir un desencadenante</translation>
    </message>
    <message>
        <source>Thank you for writing this down</source>
        <translation>Gracias por anotarlo</translation>
    </message>
    <message>
        <source>Common triggers</source>
        <translation>Desencadenantes frecuentes</translation>
    </message>
    <message>
        <source>Add common triggers</source>
        <translation>Añadir desencadenantes frecuentes</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Recovery Desktop</source>
        <extracomment>The vault is open: (OpenVault).</extracomment>
        <translation>Desbloquear Recovery Desktop</translation>
    </message>
    <message>
        <source>Your workspace is locked. Type your passphrase to open it.</source>
        <translation>Tu espacio de trabajo está bloqueado. Escribe tu frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Use my recovery code instead</source>
        <translation>Usar mi código de recuperación en su lugar</translation>
    </message>
    <message>
        <source>Switch between passphrase and recovery code</source>
        <translation>Cambiar entre frase de contraseña y código de recuperación</translation>
    </message>
    <message>
        <source>Unlock status</source>
        <translation>Estado del desbloqueo</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation>Usar mi frase de contraseña en su lugar</translation>
    </message>
    <message>
        <source>Type the recovery code you printed or saved when you set up Recovery Desktop. You will then choose a new passphrase.</source>
        <translation>Escribe el código de recuperación que imprimiste o guardaste al configurar Recovery Desktop. Después elegirás una nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>That recovery code does not open this vault. Please check that it is the code you kept when you set up this vault.</source>
        <translation>Ese código de recuperación no abre esta bóveda. Comprueba que es el código que guardaste al configurar esta bóveda, por favor.</translation>
    </message>
</context>
<context>
    <name>UpdateKind</name>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Ajustada</translation>
    </message>
</context>
<context>
    <name>UseStatus</name>
    <message>
        <source>Substance-free</source>
        <translation>Sin consumo</translation>
    </message>
    <message>
        <source>A lapse (a single use)</source>
        <translation>Un desliz (un consumo puntual)</translation>
    </message>
    <message>
        <source>A relapse (back to the old pattern)</source>
        <translation>Una recaída (vuelta al patrón anterior)</translation>
    </message>
</context>
<context>
    <name>WarningSignTableModel</name>
    <message>
        <source>Warning sign</source>
        <translation>Señal de alerta</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>What I will do</source>
        <translation>Lo que haré</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Demo note</source>
        <extracomment>The person asked to lock. The person closed the window. A backup was restored: the session continues on this reopened vault (OpenVault). Preferences changed the idle lock time (int: minutes).</extracomment>
        <translation>Nota de la demostración</translation>
    </message>
    <message>
        <source>Today&apos;s backup is saved.</source>
        <translation>La copia de seguridad de hoy está guardada.</translation>
    </message>
    <message>
        <source>Your passphrase is changed.</source>
        <translation>Tu frase de contraseña ha cambiado.</translation>
    </message>
    <message>
        <source>Backup saved.</source>
        <translation>Copia de seguridad guardada.</translation>
    </message>
    <message>
        <source>This computer will remember your key.</source>
        <translation>Este ordenador recordará tu clave.</translation>
    </message>
    <message>
        <source>Key forgotten.</source>
        <translation>Clave olvidada.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Demo vault. Passphrase: {passphrase}</source>
        <translation>Bóveda de demostración. Frase de contraseña: {passphrase}</translation>
    </message>
</context>
<context>
    <name>assessment_tab</name>
    <message>
        <source>No self-assessments yet. Your answers will show here over time.</source>
        <translation>Todavía no hay autoevaluaciones. Tus respuestas aparecerán aquí con el tiempo.</translation>
    </message>
    <message>
        <source>One self-assessment so far, on {day:%d %B %Y}: an average of {average}.</source>
        <translation>Una autoevaluación hasta ahora, el {day:%d de %B de %Y}: una media de {average}.</translation>
    </message>
    <message>
        <source>{count} self-assessments. The latest average, {latest} on {day:%d %B %Y}, is about the same as {first} on {first_day:%d %B %Y}.</source>
        <translation>{count} autoevaluaciones. La última media, {latest} el {day:%d de %B de %Y}, es más o menos igual que {first} el {first_day:%d de %B de %Y}.</translation>
    </message>
    <message>
        <source>{count} self-assessments. The latest average, {latest} on {day:%d %B %Y}, is up from {first} on {first_day:%d %B %Y}.</source>
        <translation>{count} autoevaluaciones. La última media, {latest} el {day:%d de %B de %Y}, ha subido desde {first} el {first_day:%d de %B de %Y}.</translation>
    </message>
    <message>
        <source>{count} self-assessments. The latest average, {latest} on {day:%d %B %Y}, is down from {first} on {first_day:%d %B %Y}.</source>
        <translation>{count} autoevaluaciones. La última media, {latest} el {day:%d de %B de %Y}, ha bajado desde {first} el {first_day:%d de %B de %Y}.</translation>
    </message>
</context>
<context>
    <name>assessment_table_model</name>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>{day:%d %b}</source>
        <extracomment>Okabe–Ito palette: distinguishable with every common colour-vision deficiency. Hatching that goes with each series colour, so series differ without colour too. Ranges longer than this many days show a 30-day average of mood and craving. Default size of a chart, in inches (on screen the canvas sets the size). matplotlib&apos;s own modules import each other in a circle: two threads importing it at once (the background warm-up and a first chart) can each find it half made. Every first import goes through ``load``, one thread at a time.</extracomment>
        <translation>{day:%d %b}</translation>
    </message>
    <message>
        <source>Urges logged</source>
        <translation>Impulsos anotados</translation>
    </message>
    <message>
        <source>Urges logged per week</source>
        <translation>Impulsos anotados por semana</translation>
    </message>
    <message>
        <source>{day} {date:%b}</source>
        <extracomment>File formats a chart can be saved in, by suffix. matplotlib&apos;s default date epoch (the app never changes it): a date&apos;s number is days since. Room for a title above a plot, and for date ticks below one, in inches (normal text). Room for numeric tick labels on the left, in inches (normal text). Text sizes at the normal text size, in points: titles; tick labels, legends and values; words beside a point. A title too long for two lines of its place is made this much smaller. matplotlib&apos;s default gap between a title and its plot, in points. A legend&apos;s spacing, in ems of its text (matplotlib&apos;s defaults, and the app&apos;s choices). How far each character moves the pen at 1 point, in points, by (character, bold).</extracomment>
        <translation>{day} {date:%b}</translation>
    </message>
    <message>
        <source>Nothing logged in these days or the days before yet.</source>
        <translation>Aún no hay nada anotado en estos días ni en los anteriores.</translation>
    </message>
    <message>
        <source>Compared with before</source>
        <translation>Comparado con antes</translation>
    </message>
    <message>
        <source>Substance-free days (of {days})</source>
        <translation>Días sin consumo (de {days})</translation>
    </message>
    <message>
        <source>Days checked in (of {days})</source>
        <translation>Días con registro (de {days})</translation>
    </message>
    <message>
        <source>Average mood (of 5)</source>
        <translation>Ánimo medio (sobre 5)</translation>
    </message>
    <message>
        <source>Average craving (of 10)</source>
        <translation>Media de ganas de consumir (sobre 10)</translation>
    </message>
    <message>
        <source>Urges that passed</source>
        <translation>Impulsos que pasaron</translation>
    </message>
    <message>
        <source>before {before} · now {now}</source>
        <translation>antes {before} · ahora {now}</translation>
    </message>
    <message>
        <source>The day to {day} {end:%b %Y}, and the day before</source>
        <translation>El día {day} {end:%b %Y} y el día anterior</translation>
    </message>
    <message>
        <source>The {count} days to {day} {end:%b %Y}, and the {before} before</source>
        <translation>Los {count} días hasta el {day} {end:%b %Y} y los {before} anteriores</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Substance-free days</source>
        <extracomment>The strip of runs under the calendar: its height, and room for its title, in inches.</extracomment>
        <translation>Días sin consumo</translation>
    </message>
    <message>
        <source>The calendar fills in from the first check-in.</source>
        <translation>El calendario se va llenando desde el primer registro.</translation>
    </message>
    <message>
        <source>Runs between slips</source>
        <translation>Tramos entre tropiezos</translation>
    </message>
    <message>
        <source>current run: {count} day</source>
        <translation>tramo actual: {count} día</translation>
    </message>
    <message>
        <source>current run: {count} days</source>
        <translation>tramo actual: {count} días</translation>
    </message>
    <message>
        <source>longest here: {count} day</source>
        <translation>el más largo aquí: {count} día</translation>
    </message>
    <message>
        <source>longest here: {count} days</source>
        <translation>el más largo aquí: {count} días</translation>
    </message>
    <message>
        <source>{date:%b %Y}</source>
        <translation>{date:%b %Y}</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Recovery strength (out of 100)</source>
        <translation>Fuerza de la recuperación (sobre 100)</translation>
    </message>
    <message>
        <source>Recovery strength starts with the first check-in.</source>
        <translation>La fuerza de la recuperación empieza con el primer registro.</translation>
    </message>
    <message>
        <source>Recovery strength</source>
        <translation>Fuerza de la recuperación</translation>
    </message>
    <message>
        <source>A slip</source>
        <translation>Un tropiezo</translation>
    </message>
    <message>
        <source>Mood and craving come from the daily check-in.</source>
        <translation>El ánimo y las ganas de consumir salen del registro diario.</translation>
    </message>
    <message>
        <source>Mood and craving</source>
        <translation>Ánimo y ganas de consumir</translation>
    </message>
    <message>
        <source>Each day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>30-day average</source>
        <translation>Media de 30 días</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>Media de 7 días</translation>
    </message>
    <message>
        <source>Mood (1–5)</source>
        <translation>Ánimo (1–5)</translation>
    </message>
    <message>
        <source>Craving (0–10)</source>
        <translation>Ganas de consumir (0–10)</translation>
    </message>
    <message>
        <source>Urges per week, by kind of trigger</source>
        <translation>Impulsos por semana, según el tipo de desencadenante</translation>
    </message>
    <message>
        <source>Urges per month, by kind of trigger</source>
        <translation>Impulsos por mes, según el tipo de desencadenante</translation>
    </message>
    <message>
        <source>Urges per quarter, by kind of trigger</source>
        <translation>Impulsos por trimestre, según el tipo de desencadenante</translation>
    </message>
    <message>
        <source>No urges logged in this range.</source>
        <translation>No hay impulsos anotados en este periodo.</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Desencadenantes</translation>
    </message>
    <message>
        <source>Came up most</source>
        <translation>Los que más aparecieron</translation>
    </message>
    <message>
        <source>When urges came (darker: more)</source>
        <translation>Cuándo llegaron los impulsos (más oscuro: más)</translation>
    </message>
    <message>
        <source>When urges came (brighter: more)</source>
        <translation>Cuándo llegaron los impulsos (más claro: más)</translation>
    </message>
    <message>
        <source>No triggers named with these urges.</source>
        <translation>Estos impulsos no tienen desencadenantes indicados.</translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>Coping that works: how often the urge passed when it was used</source>
        <translation>Afrontamiento que funciona: cuántas veces pasó el impulso al usarlo</translation>
    </message>
    <message>
        <source>No coping strategies noted with urges in this range.</source>
        <translation>No hay estrategias de afrontamiento anotadas con impulsos en este periodo.</translation>
    </message>
    <message>
        <source>{passed} of {used}</source>
        <translation>{passed} de {used}</translation>
    </message>
    <message>
        <source>The urge passed</source>
        <translation>El impulso pasó</translation>
    </message>
    <message>
        <source>It did not pass that time</source>
        <translation>Esa vez no pasó</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Goals completed per week</source>
        <translation>Metas cumplidas por semana</translation>
    </message>
    <message>
        <source>Goals completed per month</source>
        <translation>Metas cumplidas por mes</translation>
    </message>
    <message>
        <source>Goals completed per quarter</source>
        <translation>Metas cumplidas por trimestre</translation>
    </message>
    <message>
        <source>Active goals: steps done</source>
        <translation>Metas activas: pasos hechos</translation>
    </message>
    <message>
        <source>No goals completed in this range.</source>
        <translation>Ninguna meta cumplida en este periodo.</translation>
    </message>
    <message>
        <source>Active goals have no steps yet.</source>
        <translation>Las metas activas aún no tienen pasos.</translation>
    </message>
    <message>
        <source>No active goals.</source>
        <translation>No hay metas activas.</translation>
    </message>
    <message>
        <source>Self-assessment: average answer (1–6)</source>
        <translation>Autoevaluación: respuesta media (1–6)</translation>
    </message>
    <message>
        <source>No self-assessments in this range.</source>
        <translation>No hay autoevaluaciones en este periodo.</translation>
    </message>
</context>
<context>
    <name>checkins</name>
    <message>
        <source>Substance use</source>
        <translation>Consumo</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Craving</source>
        <translation>Ganas de consumir</translation>
    </message>
    <message>
        <source>Note on the slip</source>
        <translation>Nota sobre el tropiezo</translation>
    </message>
    <message>
        <source>Hungry</source>
        <translation>Hambre</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Enfado</translation>
    </message>
    <message>
        <source>Lonely</source>
        <translation>Soledad</translation>
    </message>
    <message>
        <source>Tired</source>
        <translation>Cansancio</translation>
    </message>
    <message>
        <source>Hours slept</source>
        <translation>Horas dormidas</translation>
    </message>
    <message>
        <source>Grateful for</source>
        <translation>Gratitud</translation>
    </message>
    <message>
        <source>Support action</source>
        <translation>Acción de apoyo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Qué se comparte</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{field} changed</source>
        <translation>{field}: ha cambiado</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>{use}, mood {mood}, craving {craving}</source>
        <translation>{use}, ánimo {mood}, ganas de consumir {craving}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>show this help message and exit</source>
        <translation>muestra esta ayuda y termina</translation>
    </message>
    <message>
        <source>{app}: a private, offline workspace for recovery and mentoring.</source>
        <translation>{app}: un espacio de trabajo privado y sin conexión para la recuperación y la mentoría.</translation>
    </message>
    <message>
        <source>Secrets are read from {variable} or one line on standard input.</source>
        <translation>Los secretos se leen de {variable} o de una línea en la entrada estándar.</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>muestra la versión del programa y termina</translation>
    </message>
    <message>
        <source>the data folder (default: per user)</source>
        <translation>la carpeta de datos (por defecto: una por usuario)</translation>
    </message>
    <message>
        <source>open the window on a temporary demo vault</source>
        <translation>abre la ventana con una bóveda de demostración temporal</translation>
    </message>
    <message>
        <source>with --demo: whose workspace to show</source>
        <translation>con --demo: de quién es el espacio de trabajo que se muestra</translation>
    </message>
    <message>
        <source>exit as soon as the first window has been painted (for benchmarks and smoke tests)</source>
        <translation>termina en cuanto se ha dibujado la primera ventana (para mediciones y pruebas rápidas)</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>ORDEN</translation>
    </message>
    <message>
        <source>create a new vault (passphrase from env or stdin)</source>
        <translation>crea una bóveda nueva (frase de contraseña desde el entorno o la entrada estándar)</translation>
    </message>
    <message>
        <source>your display name</source>
        <translation>tu nombre visible</translation>
    </message>
    <message>
        <source>fill the vault with realistic demo data</source>
        <translation>llena la bóveda con datos de demostración realistas</translation>
    </message>
    <message>
        <source>verify the vault&apos;s encryption and structure</source>
        <translation>comprueba el cifrado y la estructura de la bóveda</translation>
    </message>
    <message>
        <source>write a share (mentee) or a feedback file (mentor) for the other side</source>
        <translation>escribe un archivo para compartir (mentorado) o de retroalimentación (mentor) para la otra parte</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>el archivo que se escribe</translation>
    </message>
    <message>
        <source>protect it with a passphrase you agree on (from {variable})</source>
        <translation>lo protege con una frase de contraseña que acordáis (desde {variable})</translation>
    </message>
    <message>
        <source>encrypt it to the other side&apos;s key (the default once you are paired)</source>
        <translation>lo cifra con la clave de la otra parte (lo habitual cuando ya estáis emparejados)</translation>
    </message>
    <message>
        <source>mentor: which mentee the feedback is for</source>
        <translation>mentor: para qué mentorado es la retroalimentación</translation>
    </message>
    <message>
        <source>mentee: how much of the daily check-ins to share (default: summary)</source>
        <translation>mentorado: cuánto compartir de los registros diarios (por defecto: summary)</translation>
    </message>
    <message>
        <source>mentee: leave out even shared journal entries</source>
        <translation>mentorado: deja fuera incluso las entradas del diario compartidas</translation>
    </message>
    <message>
        <source>import a share (mentor) or feedback (mentee)</source>
        <translation>importa un envío (mentor) o una retroalimentación (mentorado)</translation>
    </message>
    <message>
        <source>the .rdshare or .rdfeedback file</source>
        <translation>el archivo .rdshare o .rdfeedback</translation>
    </message>
    <message>
        <source>print the plan (or card, or blank) to PDF</source>
        <translation>imprime el plan (o la tarjeta, o un plan en blanco) en PDF</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>el archivo PDF que se escribe</translation>
    </message>
    <message>
        <source>the wallet crisis card</source>
        <translation>la tarjeta de crisis para la cartera</translation>
    </message>
    <message>
        <source>a blank plan to fill in by hand</source>
        <translation>un plan en blanco para rellenar a mano</translation>
    </message>
    <message>
        <source>print from a mentee&apos;s share file</source>
        <translation>imprime desde el archivo compartido de un mentorado</translation>
    </message>
    <message>
        <source>default: from the locale</source>
        <translation>por defecto: según la configuración regional</translation>
    </message>
    <message>
        <source>add a page on how the last month went</source>
        <translation>añade una página sobre cómo fue el último mes</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>la frase de contraseña</translation>
    </message>
    <message>
        <source>Created a mentor vault in {folder}.</source>
        <translation>Se ha creado una bóveda de mentor en {folder}.</translation>
    </message>
    <message>
        <source>Created a mentee vault in {folder}.</source>
        <translation>Se ha creado una bóveda de mentorado en {folder}.</translation>
    </message>
    <message>
        <source>Your recovery code (write it down and keep it somewhere safe; it is shown once):</source>
        <translation>Tu código de recuperación (anótalo y guárdalo en un lugar seguro; solo se muestra esta vez):</translation>
    </message>
    <message>
        <source>The vault has {count} problem:</source>
        <translation>La bóveda tiene {count} problema:</translation>
    </message>
    <message>
        <source>The vault has {count} problems:</source>
        <translation>La bóveda tiene {count} problemas:</translation>
    </message>
    <message>
        <source>The vault is intact: encryption and structure checks passed.</source>
        <translation>La bóveda está intacta: las comprobaciones de cifrado y de estructura han salido bien.</translation>
    </message>
    <message>
        <source>Added a mentor&apos;s session in progress: {mentee} shared {shares} times ({records} records, {encounters} urge-log entries); {sent} feedback records sent and {drafts} draft comment not sent yet.</source>
        <translation>Se ha añadido una sesión de mentoría en curso: {mentee} compartió {shares} veces ({records} elementos, {encounters} anotaciones del registro de impulsos); {sent} elementos de retroalimentación enviados y {drafts} comentario en borrador sin enviar todavía.</translation>
    </message>
    <message>
        <source>Added demo data: {triggers} triggers, {encounters} urge-log entries and {journal} journal entries; {goals} goals, {checkins} check-ins, {assessments} self-assessments, {learning} learning-log entries and {milestones} milestones; {feedback} items of feedback from a mentor.</source>
        <translation>Se han añadido datos de demostración: {triggers} desencadenantes, {encounters} anotaciones del registro de impulsos y {journal} entradas del diario; {goals} metas, {checkins} registros, {assessments} autoevaluaciones, {learning} anotaciones del registro de aprendizaje y {milestones} hitos; {feedback} elementos de retroalimentación de un mentor.</translation>
    </message>
    <message>
        <source>Added demo data: {triggers} triggers, {encounters} urge-log entries and {journal} journal entries; {goals} goals, {checkins} check-ins, {assessments} self-assessments, {learning} learning-log entries and {milestones} milestones.</source>
        <translation>Se han añadido datos de demostración: {triggers} desencadenantes, {encounters} anotaciones del registro de impulsos y {journal} entradas del diario; {goals} metas, {checkins} registros, {assessments} autoevaluaciones, {learning} anotaciones del registro de aprendizaje y {milestones} hitos.</translation>
    </message>
    <message>
        <source>{count} page</source>
        <translation>{count} página</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} páginas</translation>
    </message>
    <message>
        <source>Wrote {file} ({pages}).</source>
        <translation>Se ha escrito {file} ({pages}).</translation>
    </message>
    <message>
        <source>share passphrase</source>
        <translation>la frase de contraseña del envío</translation>
    </message>
    <message>
        <source>Wrote {file} ({count} item, encrypted to your pair&apos;s key).</source>
        <translation>Se ha escrito {file} (elementos: {count}; cifrado con la clave de la otra parte).</translation>
    </message>
    <message>
        <source>Wrote {file} ({count} items, encrypted to your pair&apos;s key).</source>
        <translation>Se ha escrito {file} (elementos: {count}; cifrado con la clave de la otra parte).</translation>
    </message>
    <message>
        <source>Wrote {file} ({count} item, encrypted with the share passphrase).</source>
        <translation>Se ha escrito {file} (elementos: {count}; cifrado con la frase de contraseña del envío).</translation>
    </message>
    <message>
        <source>Wrote {file} ({count} items, encrypted with the share passphrase).</source>
        <translation>Se ha escrito {file} (elementos: {count}; cifrado con la frase de contraseña del envío).</translation>
    </message>
    <message>
        <source>This share from {sender} was already imported; nothing changed.</source>
        <translation>Este envío de {sender} ya estaba importado; no ha cambiado nada.</translation>
    </message>
    <message>
        <source>This feedback from {sender} was already imported; nothing changed.</source>
        <translation>Esta retroalimentación de {sender} ya estaba importada; no ha cambiado nada.</translation>
    </message>
    <message>
        <source>Imported the share from {sender} written {written:%d %B %Y %H:%M}: {count} new or changed item.</source>
        <translation>Se ha importado el envío de {sender} escrito el {written:%d de %B de %Y a las %H:%M}. Elementos nuevos o cambiados: {count}.</translation>
    </message>
    <message>
        <source>Imported the share from {sender} written {written:%d %B %Y %H:%M}: {count} new or changed items.</source>
        <translation>Se ha importado el envío de {sender} escrito el {written:%d de %B de %Y a las %H:%M}. Elementos nuevos o cambiados: {count}.</translation>
    </message>
    <message>
        <source>Imported the feedback from {sender} written {written:%d %B %Y %H:%M}: {count} new or changed item.</source>
        <translation>Se ha importado la retroalimentación de {sender} escrita el {written:%d de %B de %Y a las %H:%M}. Elementos nuevos o cambiados: {count}.</translation>
    </message>
    <message>
        <source>Imported the feedback from {sender} written {written:%d %B %Y %H:%M}: {count} new or changed items.</source>
        <translation>Se ha importado la retroalimentación de {sender} escrita el {written:%d de %B de %Y a las %H:%M}. Elementos nuevos o cambiados: {count}.</translation>
    </message>
    <message>
        <source>cannot use the data folder {folder}: {reason}</source>
        <translation>no se puede usar la carpeta de datos {folder}: {reason}</translation>
    </message>
    <message>
        <source>something unexpected went wrong; details are in the log file ({folder}). Nothing was changed.</source>
        <translation>algo inesperado ha fallado; los detalles están en el archivo de registro ({folder}). No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>%d %B %Y</source>
        <translation>%d de %B de %Y</translation>
    </message>
    <message>
        <source>{day} {date:%B %Y}</source>
        <translation>{day} de {date:%B de %Y}</translation>
    </message>
    <message>
        <source>{day} {date:%B}</source>
        <translation>{day} de {date:%B}</translation>
    </message>
    <message>
        <source>{date:%A} {day} {date:%B %Y}</source>
        <translation>{date:%A} {day} de {date:%B de %Y}</translation>
    </message>
    <message>
        <source>%d %b %Y</source>
        <translation>%d %b %Y</translation>
    </message>
    <message>
        <source>%a %d %b %Y</source>
        <translation>%a %d %b %Y</translation>
    </message>
    <message>
        <source>%d %b %Y %H:%M</source>
        <translation>%d %b %Y %H:%M</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something unexpected went wrong, and nothing was changed. Details were written to the log file.</source>
        <translation>Algo inesperado ha fallado, y no se ha cambiado nada. Los detalles se han escrito en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>exchange_files</name>
    <message>
        <source>The file {name} could not be read. Please check that it is still there and that you can open it, then try again. Nothing was imported.</source>
        <translation>No se ha podido leer el archivo {name}. Comprueba que sigue ahí y que puedes abrirlo, y vuelve a intentarlo. No se ha importado nada.</translation>
    </message>
</context>
<context>
    <name>exchange_words</name>
    <message>
        <source>trigger</source>
        <translation>desencadenante</translation>
    </message>
    <message>
        <source>triggers</source>
        <translation>desencadenantes</translation>
    </message>
    <message>
        <source>urge log entry</source>
        <translation>anotación del registro de impulsos</translation>
    </message>
    <message>
        <source>urge log entries</source>
        <translation>anotaciones del registro de impulsos</translation>
    </message>
    <message>
        <source>warning sign</source>
        <translation>señal de alerta</translation>
    </message>
    <message>
        <source>warning signs</source>
        <translation>señales de alerta</translation>
    </message>
    <message>
        <source>coping strategy</source>
        <translation>estrategia de afrontamiento</translation>
    </message>
    <message>
        <source>coping strategies</source>
        <translation>estrategias de afrontamiento</translation>
    </message>
    <message>
        <source>supporter</source>
        <translation>persona de apoyo</translation>
    </message>
    <message>
        <source>supporters</source>
        <translation>personas de apoyo</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>plans</source>
        <translation>planes</translation>
    </message>
    <message>
        <source>plan version</source>
        <translation>versión del plan</translation>
    </message>
    <message>
        <source>plan versions</source>
        <translation>versiones del plan</translation>
    </message>
    <message>
        <source>journal entry</source>
        <translation>entrada del diario</translation>
    </message>
    <message>
        <source>journal entries</source>
        <translation>entradas del diario</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>meta</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>metas</translation>
    </message>
    <message>
        <source>goal note</source>
        <translation>nota de meta</translation>
    </message>
    <message>
        <source>goal notes</source>
        <translation>notas de metas</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>registro diario</translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation>registros diarios</translation>
    </message>
    <message>
        <source>self-assessment question</source>
        <translation>pregunta de autoevaluación</translation>
    </message>
    <message>
        <source>self-assessment questions</source>
        <translation>preguntas de autoevaluación</translation>
    </message>
    <message>
        <source>self-assessment</source>
        <translation>autoevaluación</translation>
    </message>
    <message>
        <source>self-assessments</source>
        <translation>autoevaluaciones</translation>
    </message>
    <message>
        <source>learning log entry</source>
        <translation>entrada del registro de aprendizaje</translation>
    </message>
    <message>
        <source>learning log entries</source>
        <translation>entradas del registro de aprendizaje</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>hito</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>hitos</translation>
    </message>
    <message>
        <source>answer to a suggestion</source>
        <translation>respuesta a una sugerencia</translation>
    </message>
    <message>
        <source>answers to suggestions</source>
        <translation>respuestas a sugerencias</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>comentarios</translation>
    </message>
    <message>
        <source>strength or win</source>
        <translation>fortaleza o logro</translation>
    </message>
    <message>
        <source>strengths and wins</source>
        <translation>fortalezas y logros</translation>
    </message>
    <message>
        <source>suggestion</source>
        <translation>sugerencia</translation>
    </message>
    <message>
        <source>suggestions</source>
        <translation>sugerencias</translation>
    </message>
    <message>
        <source>session note</source>
        <translation>nota de sesión</translation>
    </message>
    <message>
        <source>session notes</source>
        <translation>notas de la sesión</translation>
    </message>
    <message>
        <source>1 item</source>
        <extracomment>Characters of the SHA-256 shown as a file&apos;s fingerprint (enough to compare by eye).</extracomment>
        <translation>1 elemento</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} elementos</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Our paired keys</source>
        <translation>Nuestras claves emparejadas</translation>
    </message>
    <message>
        <source>A passphrase</source>
        <translation>Una frase de contraseña</translation>
    </message>
</context>
<context>
    <name>feedback_tab</name>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Fortaleza</translation>
    </message>
    <message>
        <source>Win</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>Suggested goal</source>
        <translation>Meta sugerida</translation>
    </message>
    <message>
        <source>Suggested coping</source>
        <translation>Afrontamiento sugerido</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notas de la sesión</translation>
    </message>
</context>
<context>
    <name>feedback_table_models</name>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Coping strategy</source>
        <translation>Estrategia de afrontamiento</translation>
    </message>
    <message>
        <source>Strength noticed</source>
        <translation>Fortaleza observada</translation>
    </message>
    <message>
        <source>Win celebrated</source>
        <translation>Logro celebrado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Accepted (you removed it since)</source>
        <translation>Aceptada (la quitaste después)</translation>
    </message>
    <message>
        <source>your goals</source>
        <translation>tus metas</translation>
    </message>
    <message>
        <source>your plan</source>
        <translation>tu plan</translation>
    </message>
    <message>
        <source>Accepted: in {where}</source>
        <translation>Aceptada: en {where}</translation>
    </message>
    <message>
        <source>Share you wrote</source>
        <translation>Envío que escribiste</translation>
    </message>
    <message>
        <source>Feedback you imported</source>
        <translation>Retroalimentación que importaste</translation>
    </message>
    <message>
        <source>Share you imported</source>
        <translation>Envío que importaste</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Share with my mentor</source>
        <translation>Compartir con mi mentor</translation>
    </message>
    <message>
        <source>No warning signs yet: add them in the Plan tab, then link them here.</source>
        <translation>Todavía no hay señales de alerta: añádelas en la pestaña Plan y luego vincúlalas aquí.</translation>
    </message>
    <message>
        <source>No coping strategies yet: add them in the Plan tab, then link them here.</source>
        <translation>Todavía no hay estrategias de afrontamiento: añádelas en la pestaña Plan y luego vincúlalas aquí.</translation>
    </message>
    <message>
        <source>No supporters yet: add them in the Plan tab, then link them here.</source>
        <translation>Todavía no hay personas de apoyo: añádelas en la pestaña Plan y luego vincúlalas aquí.</translation>
    </message>
    <message>
        <source>&amp;Trigger</source>
        <translation>&amp;Desencadenante</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation>&amp;Riesgo</translation>
    </message>
    <message>
        <source>&amp;What it is like</source>
        <translation>&amp;Cómo es</translation>
    </message>
    <message>
        <source>How I &amp;avoid it</source>
        <translation>Cómo lo &amp;evito</translation>
    </message>
    <message>
        <source>How I get a&amp;way from it</source>
        <translation>Cómo me &amp;alejo de él</translation>
    </message>
    <message>
        <source>How I &amp;cope if I can&apos;t</source>
        <translation>Cómo lo a&amp;fronto si no puedo</translation>
    </message>
    <message>
        <source>&amp;Warning signs it sets off</source>
        <translation>&amp;Señales de alerta que despierta</translation>
    </message>
    <message>
        <source>C&amp;oping that helps</source>
        <translation>Afrontamiento que a&amp;yuda</translation>
    </message>
    <message>
        <source>W&amp;ho I contact</source>
        <translation>A &amp;quién contacto</translation>
    </message>
    <message>
        <source>&amp;Triggers</source>
        <translation>&amp;Desencadenantes</translation>
    </message>
    <message>
        <source>Space ticks the highlighted one.</source>
        <translation>Espacio marca el resaltado.</translation>
    </message>
    <message>
        <source>&amp;Intensity</source>
        <translation>&amp;Intensidad</translation>
    </message>
    <message>
        <source>0 is barely there, 10 is the strongest urge you know.</source>
        <translation>0 es casi nada; 10, el impulso más fuerte que conoces.</translation>
    </message>
    <message>
        <source>How &amp;long it lasted</source>
        <translation>Cuánto &amp;duró</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>T&amp;houghts and feelings</source>
        <translation>&amp;Pensamientos y sentimientos</translation>
    </message>
    <message>
        <source>&amp;Coping I used</source>
        <translation>&amp;Afrontamiento que usé</translation>
    </message>
    <message>
        <source>How it &amp;ended</source>
        <translation>Cómo &amp;terminó</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>&amp;Warning sign</source>
        <translation>&amp;Señal de alerta</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Etapa</translation>
    </message>
    <message>
        <source>What I will &amp;do</source>
        <translation>Lo que &amp;haré</translation>
    </message>
    <message>
        <source>What it looked like &amp;last time</source>
        <translation>Cómo fue la ú&amp;ltima vez</translation>
    </message>
    <message>
        <source>&amp;Coping strategy</source>
        <translation>&amp;Estrategia de afrontamiento</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Pasos</translation>
    </message>
    <message>
        <source>One step per line.</source>
        <translation>Un paso por línea.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Papel</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>When to &amp;contact</source>
        <translation>Cuándo &amp;contactar</translation>
    </message>
    <message>
        <source>For example: weekdays 8–10 pm.</source>
        <translation>Por ejemplo: entre semana de 20 a 22 h.</translation>
    </message>
    <message>
        <source>What they will &amp;do</source>
        <translation>Lo que &amp;hará</translation>
    </message>
</context>
<context>
    <name>goal_table_models</name>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>{changed}. Why: {why}</source>
        <translation>{changed}. Por qué: {why}</translation>
    </message>
</context>
<context>
    <name>goals</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>How I&apos;ll measure it</source>
        <translation>Cómo la mediré</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>{field} changed</source>
        <translation>{field}: ha cambiado</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
</context>
<context>
    <name>growth_forms</name>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Meta</translation>
    </message>
    <message>
        <source>&amp;Why it matters</source>
        <translation>&amp;Por qué importa</translation>
    </message>
    <message>
        <source>How I&apos;ll &amp;measure it</source>
        <translation>Cómo la &amp;mediré</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Objetivo</translation>
    </message>
    <message>
        <source>For example: 3 times a week, or 30 days.</source>
        <translation>Por ejemplo: 3 veces por semana, o 30 días.</translation>
    </message>
    <message>
        <source>&amp;Due by</source>
        <translation>&amp;Fecha límite</translation>
    </message>
    <message>
        <source>&amp;Horizon</source>
        <translation>&amp;Horizonte</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Pasos</translation>
    </message>
    <message>
        <source>One step per line. Tick steps off in the Goals tab ([x] marks a done step).</source>
        <translation>Un paso por línea. Marca los pasos en la pestaña Metas ([x] indica un paso hecho).</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <source>&amp;Proposed by</source>
        <translation>P&amp;ropuesta por</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>My mentor</source>
        <translation>Mi mentor</translation>
    </message>
    <message>
        <source>&amp;How it went</source>
        <translation>&amp;Cómo fue</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Sin meta</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Goal it helps with</source>
        <translation>&amp;Meta a la que ayuda</translation>
    </message>
    <message>
        <source>&amp;Repeats</source>
        <translation>Se &amp;repite</translation>
    </message>
    <message>
        <source>For a regular meeting or group: it shows when it is on next.</source>
        <translation>Para una reunión o un grupo habitual: muestra cuándo es la próxima vez.</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Pregunta</translation>
    </message>
    <message>
        <source>Something you can answer from 1 (not at all) to 6 (completely).</source>
        <translation>Algo que se pueda responder del 1 (nada) al 6 (totalmente).</translation>
    </message>
    <message>
        <source>Ask this question</source>
        <translation>Hacer esta pregunta</translation>
    </message>
</context>
<context>
    <name>linked_plan</name>
    <message>
        <source>Trigger added: {name}</source>
        <translation>Desencadenante añadido: {name}</translation>
    </message>
    <message>
        <source>Trigger changed: {name}</source>
        <translation>Desencadenante modificado: {name}</translation>
    </message>
    <message>
        <source>Trigger removed: {name}</source>
        <translation>Desencadenante eliminado: {name}</translation>
    </message>
    <message>
        <source>Warning sign added: {name}</source>
        <translation>Señal de alerta añadida: {name}</translation>
    </message>
    <message>
        <source>Warning sign changed: {name}</source>
        <translation>Señal de alerta modificada: {name}</translation>
    </message>
    <message>
        <source>Warning sign removed: {name}</source>
        <translation>Señal de alerta eliminada: {name}</translation>
    </message>
    <message>
        <source>Coping strategy added: {name}</source>
        <translation>Estrategia de afrontamiento añadida: {name}</translation>
    </message>
    <message>
        <source>Coping strategy changed: {name}</source>
        <translation>Estrategia de afrontamiento modificada: {name}</translation>
    </message>
    <message>
        <source>Coping strategy removed: {name}</source>
        <translation>Estrategia de afrontamiento eliminada: {name}</translation>
    </message>
    <message>
        <source>Supporter added: {name}</source>
        <translation>Persona de apoyo añadida: {name}</translation>
    </message>
    <message>
        <source>Supporter changed: {name}</source>
        <translation>Persona de apoyo modificada: {name}</translation>
    </message>
    <message>
        <source>Supporter removed: {name}</source>
        <translation>Persona de apoyo eliminada: {name}</translation>
    </message>
    <message>
        <source>{section}: changed</source>
        <translation>{section}: ha cambiado</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>{name} ({category}, {risk} risk)</source>
        <translation>{name} ({category}, riesgo: {risk})</translation>
    </message>
    <message>
        <source>Avoid: {text}</source>
        <translation>Evitar: {text}</translation>
    </message>
    <message>
        <source>Get away: {text}</source>
        <translation>Alejarme: {text}</translation>
    </message>
    <message>
        <source>Cope: {text}</source>
        <translation>Afrontar: {text}</translation>
    </message>
    <message>
        <source>Contact: {names}</source>
        <translation>Contacto: {names}</translation>
    </message>
    <message>
        <source>{title} ({stage})</source>
        <translation>{title} ({stage})</translation>
    </message>
    <message>
        <source>{title} ({stage}): {action}</source>
        <translation>{title} ({stage}): {action}</translation>
    </message>
    <message>
        <source>{title} ({kind})</source>
        <translation>{title} ({kind})</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin fijar</translation>
    </message>
    <message>
        <source>Reviewed with my mentor: {reviewed}. Next review: {upcoming}.</source>
        <translation>Revisado con mi mentor: {reviewed}. Próxima revisión: {upcoming}.</translation>
    </message>
</context>
<context>
    <name>mentee_exchange</name>
    <message>
        <source>This feedback file was imported before, so nothing changed.</source>
        <translation>Este archivo de retroalimentación ya se había importado, así que no ha cambiado nada.</translation>
    </message>
    <message>
        <source>your mentor</source>
        <translation>tu mentor</translation>
    </message>
    <message>
        <source>Feedback from {who} imported; nothing in it was new.</source>
        <translation>Retroalimentación de {who} importada; no traía nada nuevo.</translation>
    </message>
    <message>
        <source>Feedback from {who} imported: 1 new or updated item.</source>
        <translation>Retroalimentación de {who} importada: 1 elemento nuevo o actualizado.</translation>
    </message>
    <message>
        <source>Feedback from {who} imported: {count} new or updated items.</source>
        <translation>Retroalimentación de {who} importada: {count} elementos nuevos o actualizados.</translation>
    </message>
    <message>
        <source>1 suggestion is waiting for your answer.</source>
        <translation>1 sugerencia espera tu respuesta.</translation>
    </message>
    <message>
        <source>{count} suggestions are waiting for your answer.</source>
        <translation>{count} sugerencias esperan tu respuesta.</translation>
    </message>
</context>
<context>
    <name>mentor_comments</name>
    <message>
        <source>an item you removed</source>
        <extracomment>What a comment is about when its item was deleted, or never reached this vault.</extracomment>
        <translation>un elemento que quitaste</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <extracomment>The most lines the panel shows before it scrolls.</extracomment>
        <translation>«{text}»</translation>
    </message>
    <message>
        <source>your trigger {quoted}</source>
        <translation>tu desencadenante {quoted}</translation>
    </message>
    <message>
        <source>the urge you logged on {day}</source>
        <translation>el impulso que anotaste el {day}</translation>
    </message>
    <message>
        <source>your warning sign {quoted}</source>
        <translation>tu señal de alerta {quoted}</translation>
    </message>
    <message>
        <source>your coping strategy {quoted}</source>
        <translation>tu estrategia de afrontamiento {quoted}</translation>
    </message>
    <message>
        <source>{name} on your support ladder</source>
        <translation>{name}, de tu escalera de apoyo</translation>
    </message>
    <message>
        <source>your plan</source>
        <translation>tu plan</translation>
    </message>
    <message>
        <source>your plan as reviewed on {day}</source>
        <translation>tu plan tal como se revisó el {day}</translation>
    </message>
    <message>
        <source>your goal {quoted}</source>
        <translation>tu meta {quoted}</translation>
    </message>
    <message>
        <source>your goal note of {day}</source>
        <translation>tu nota de meta del {day}</translation>
    </message>
    <message>
        <source>your check-in for {day}</source>
        <translation>tu registro del {day}</translation>
    </message>
    <message>
        <source>your self-assessment of {day}</source>
        <translation>tu autoevaluación del {day}</translation>
    </message>
    <message>
        <source>your self-assessment question {quoted}</source>
        <translation>tu pregunta de autoevaluación {quoted}</translation>
    </message>
    <message>
        <source>of {day}</source>
        <translation>del {day}</translation>
    </message>
    <message>
        <source>your journal entry {title}</source>
        <translation>tu entrada del diario {title}</translation>
    </message>
    <message>
        <source>{quoted} in your learning log</source>
        <translation>{quoted}, en tu registro de aprendizaje</translation>
    </message>
    <message>
        <source>your milestone of {day}</source>
        <translation>tu hito del {day}</translation>
    </message>
    <message>
        <source>your answer to a suggestion</source>
        <translation>tu respuesta a una sugerencia</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Sin fecha</translation>
    </message>
</context>
<context>
    <name>mentor_pages</name>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>That passphrase does not open this vault. Please check it and try again.</source>
        <translation>Esa frase de contraseña no abre esta bóveda. Revísala y vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
        <source>That recovery code has a typing mistake somewhere. Please compare it with your printed copy.</source>
        <translation>Ese código de recuperación tiene algún error de tecleo. Compáralo con tu copia impresa, por favor.</translation>
    </message>
    <message>
        <source>The file {name} is damaged and cannot be read. Nothing was changed. You can restore a backup from the backups folder.</source>
        <translation>El archivo {name} está dañado y no se puede leer. No se ha cambiado nada. Puedes restaurar una copia desde la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>This vault is already open in another Recovery Desktop window. Please switch to that window, or close it first.</source>
        <translation>Esta bóveda ya está abierta en otra ventana de Recovery Desktop. Cambia a esa ventana o ciérrala primero, por favor.</translation>
    </message>
    <message>
        <source>The vault is locked. Please unlock it first.</source>
        <translation>La bóveda está bloqueada. Desbloquéala primero, por favor.</translation>
    </message>
    <message>
        <source>There is no vault in {folder} yet. Create one first (init).</source>
        <translation>Todavía no hay ninguna bóveda en {folder}. Crea una primero (init).</translation>
    </message>
    <message>
        <source>A vault already exists in {folder}. Nothing was changed.</source>
        <translation>Ya existe una bóveda en {folder}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This vault was saved by a newer version of Recovery Desktop. Please update the app to open it; your data is untouched.</source>
        <translation>Esta bóveda se guardó con una versión más reciente de Recovery Desktop. Actualiza la aplicación para abrirla, por favor; tus datos están intactos.</translation>
    </message>
    <message>
        <source>The system keychain is not available right now, so please use your passphrase this time.</source>
        <translation>El llavero del sistema no está disponible ahora mismo, así que esta vez usa tu frase de contraseña, por favor.</translation>
    </message>
    <message>
        <source>The disk is full or cannot be written to, so nothing was saved. Please free some space and try again.</source>
        <translation>El disco está lleno o no se puede escribir en él, así que no se ha guardado nada. Libera algo de espacio y vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
        <source>There is no backup called {name}.</source>
        <translation>No hay ninguna copia de seguridad llamada {name}.</translation>
    </message>
    <message>
        <source>This file does not open with that passphrase or key, or it was changed after it was written. Nothing was imported.</source>
        <translation>Este archivo no se abre con esa frase de contraseña o esa clave, o se cambió después de escribirse. No se ha importado nada.</translation>
    </message>
    <message>
        <source>This file was written by a newer version of Recovery Desktop. Please update the app to open it. Nothing was imported.</source>
        <translation>Este archivo se escribió con una versión más reciente de Recovery Desktop. Actualiza la aplicación para abrirlo, por favor. No se ha importado nada.</translation>
    </message>
    <message>
        <source>This file belongs to a different mentor and mentee, so it was not imported. Nothing was changed.</source>
        <translation>Este archivo es de otro mentor y otro mentorado, así que no se ha importado. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This file is older than one you have already imported from the same person, so it was not imported again. Nothing was changed.</source>
        <translation>Este archivo es anterior a otro que ya importaste de la misma persona, así que no se ha vuelto a importar. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This is a share file from a mentee; it opens in a mentor&apos;s Recovery Desktop. Nothing was changed.</source>
        <translation>Este es un archivo compartido por un mentorado; se abre en el Recovery Desktop de un mentor. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This is a feedback file from a mentor; it opens in the mentee&apos;s Recovery Desktop. Nothing was changed.</source>
        <translation>Este es un archivo de retroalimentación de un mentor; se abre en el Recovery Desktop del mentorado. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>You are not paired yet: the first exchange uses a passphrase you agree on together. After that, no passphrase is needed.</source>
        <translation>Todavía no estáis emparejados: el primer intercambio usa una frase de contraseña que acordáis juntos. Después, ya no hace falta ninguna.</translation>
    </message>
    <message>
        <source>This file is not a valid Recovery Desktop share or feedback file (problem at {where}). Nothing was imported.</source>
        <translation>Este archivo no es un archivo compartido ni de retroalimentación válido de Recovery Desktop (problema en {where}). No se ha importado nada.</translation>
    </message>
    <message>
        <source>Please check {field}: {problem}.</source>
        <translation>Revisa {field}, por favor: {problem}.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Algo ha fallado. No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>milestones</name>
    <message>
        <source>{count} substance-free day</source>
        <extracomment>Check-ins in a week (Monday to Sunday) for the week to keep the rhythm.</extracomment>
        <translation>{count} día sin consumo</translation>
    </message>
    <message>
        <source>{count} substance-free days</source>
        <translation>{count} días sin consumo</translation>
    </message>
    <message>
        <source>{count} substance-free year</source>
        <translation>{count} año sin consumo</translation>
    </message>
    <message>
        <source>{count} substance-free years</source>
        <translation>{count} años sin consumo</translation>
    </message>
    <message>
        <source>First goal completed</source>
        <translation>Primera meta cumplida</translation>
    </message>
    <message>
        <source>{count} goals completed</source>
        <translation>{count} metas cumplidas</translation>
    </message>
    <message>
        <source>{count} week of regular check-ins</source>
        <translation>{count} semana de registros regulares</translation>
    </message>
    <message>
        <source>{count} weeks of regular check-ins</source>
        <translation>{count} semanas de registros regulares</translation>
    </message>
</context>
<context>
    <name>plan_table_models</name>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>Wallet crisis card</source>
        <translation>Tarjeta de crisis para la cartera</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>No trigger named</source>
        <extracomment>Half-life, in days, of a day&apos;s weight in recovery strength. What a day brings to recovery strength: being substance-free counts most... ...and keeping the routine (the daily check-in, slip days included) the rest. The series for urges with no trigger named (``trigger_view`` translates it).</extracomment>
        <translation>Sin desencadenante</translation>
    </message>
    <message>
        <source>Other kinds</source>
        <extracomment>The series gathering the less common categories (``trigger_view`` translates it).</extracomment>
        <translation>Otros tipos</translation>
    </message>
</context>
<context>
    <name>progress_signals</name>
    <message>
        <source>The average craving of the last 7 days is {rise} points or more above the 7 days before, and {floor} or higher.</source>
        <translation>La media de las ganas de consumir de los últimos 7 días está {rise} puntos o más por encima de la de los 7 días anteriores, y es de {floor} o más.</translation>
    </message>
    <message>
        <source>No check-in for {days} days or more in a row (today aside).</source>
        <translation>Ningún registro durante {days} días seguidos o más (sin contar hoy).</translation>
    </message>
    <message>
        <source>The same HALT state (hungry, angry, lonely, tired) ticked on {days} or more of the last 7 days.</source>
        <translation>El mismo estado HALT (hambre, enfado, soledad, cansancio) marcado en {days} o más de los últimos 7 días.</translation>
    </message>
    <message>
        <source>The average mood of the last 7 days is {low} or lower, and lower than the weeks before.</source>
        <translation>El ánimo medio de los últimos 7 días es de {low} o menos, y más bajo que en las semanas anteriores.</translation>
    </message>
    <message>
        <source>{urges} or more urges logged in the last 14 days, and at least {factor} times as many as in the 14 days before.</source>
        <translation>{urges} impulsos o más anotados en los últimos 14 días, y al menos {factor} veces los de los 14 días anteriores.</translation>
    </message>
    <message>
        <source>Less than {hours} hours of sleep on {nights} or more of the last 7 days.</source>
        <translation>Menos de {hours} horas de sueño en {nights} o más de los últimos 7 días.</translation>
    </message>
    <message>
        <source>{slips} or more slip days within the last 30 days.</source>
        <translation>{slips} o más días de tropiezo en los últimos 30 días.</translation>
    </message>
    <message>
        <source>{rule}: {detail} This could be a good thing to talk through with your mentor.</source>
        <translation>{rule}: {detail} Podría ser un buen tema para hablar con tu mentor.</translation>
    </message>
    <message>
        <source>craving averaged {now} out of 10 over the last 7 days, up from {before} the week before.</source>
        <translation>las ganas de consumir tuvieron una media de {now} sobre 10 en los últimos 7 días, frente a {before} la semana anterior.</translation>
    </message>
    <message>
        <source>no check-in since {last:%A} {day} {last:%B} ({count} days, today aside). Checking in again, even briefly, keeps the picture clear.</source>
        <translation>ningún registro desde el {last:%A} {day} de {last:%B} ({count} días, sin contar hoy). Volver a hacer el registro, aunque sea en un momento, ayuda a ver las cosas con claridad.</translation>
    </message>
    <message>
        <source>Hungry</source>
        <translation>Hambre</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Enfado</translation>
    </message>
    <message>
        <source>Lonely</source>
        <translation>Soledad</translation>
    </message>
    <message>
        <source>Tired</source>
        <translation>Cansancio</translation>
    </message>
    <message>
        <source>{state} was ticked on {count} of the last 7 days</source>
        <translation>{state} se marcó en {count} de los últimos 7 días</translation>
    </message>
    <message>
        <source>mood averaged {now} out of 5 over the last 7 days.</source>
        <translation>el ánimo tuvo una media de {now} sobre 5 en los últimos 7 días.</translation>
    </message>
    <message>
        <source>mood averaged {now} out of 5 over the last 7 days, compared with {before} in the three weeks before.</source>
        <translation>el ánimo tuvo una media de {now} sobre 5 en los últimos 7 días, frente a {before} en las tres semanas anteriores.</translation>
    </message>
    <message>
        <source>{recent} urges were logged in the last 14 days, {earlier} in the 14 days before.</source>
        <translation>se anotaron {recent} impulsos en los últimos 14 días, y {earlier} en los 14 días anteriores.</translation>
    </message>
    <message>
        <source>less than {hours} hours of sleep on {count} of the last 7 days.</source>
        <translation>menos de {hours} horas de sueño en {count} de los últimos 7 días.</translation>
    </message>
    <message>
        <source>{count} slip days in the last 30 days. Going over the lapse plan together can make the next hard moment easier.</source>
        <translation>{count} días de tropiezo en los últimos 30 días. Repasar juntos el plan ante un desliz puede hacer más llevadero el próximo momento difícil.</translation>
    </message>
</context>
<context>
    <name>progress_text</name>
    <message>
        <source>{count} day</source>
        <extracomment>At most this many items are named in a list; the rest are counted.</extracomment>
        <translation>{count} día</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
    <message>
        <source>{count} slip day</source>
        <translation>{count} día de tropiezo</translation>
    </message>
    <message>
        <source>{count} slip days</source>
        <translation>{count} días de tropiezo</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>el {day}</translation>
    </message>
    <message>
        <source>from {first} to {last}</source>
        <translation>del {first} al {last}</translation>
    </message>
    <message>
        <source>the week of {day}</source>
        <translation>la semana del {day}</translation>
    </message>
    <message>
        <source>{month:%B %Y}</source>
        <translation>{month:%B de %Y}</translation>
    </message>
    <message>
        <source>{first:%B}–{last:%B %Y}</source>
        <translation>{first:%B}–{last:%B de %Y}</translation>
    </message>
    <message>
        <source>{count} more</source>
        <translation>{count} más</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} y {last}</translation>
    </message>
    <message>
        <source>no check-ins</source>
        <translation>sin registros</translation>
    </message>
    <message>
        <source>{value} out of {most}</source>
        <translation>{value} sobre {most}</translation>
    </message>
    <message>
        <source>Nothing is logged {span} or the day before. This comparison fills in as check-ins and urges are added.</source>
        <translation>No hay nada anotado {span} ni el día anterior. Esta comparación se irá completando a medida que se añadan registros e impulsos.</translation>
    </message>
    <message>
        <source>Nothing is logged {span} or the {count} days before. This comparison fills in as check-ins and urges are added.</source>
        <translation>No hay nada anotado {span} ni en los {count} días anteriores. Esta comparación se irá completando a medida que se añadan registros e impulsos.</translation>
    </message>
    <message>
        <source>the day before</source>
        <translation>el día anterior</translation>
    </message>
    <message>
        <source>the {count} days before</source>
        <translation>los {count} días anteriores</translation>
    </message>
    <message>
        <source>with {count} slip day</source>
        <translation>con {count} día de tropiezo</translation>
    </message>
    <message>
        <source>with {count} slip days</source>
        <translation>con {count} días de tropiezo</translation>
    </message>
    <message>
        <source>with no slip days</source>
        <translation>sin días de tropiezo</translation>
    </message>
    <message>
        <source>{span}: {free} of {days} counted were substance-free ({earlier}: {free_before} of {days_before}), {slips} (before: {slips_before}).</source>
        <translation>{span}: {free} sin consumo de un total de {days} ({earlier}: {free_before} de {days_before}), {slips} (antes: {slips_before}).</translation>
    </message>
    <message>
        <source>Check-ins on {days} (before: {before}).</source>
        <translation>Registros en {days} (antes: {before}).</translation>
    </message>
    <message>
        <source>Mood averaged {mood} (before: {mood_before}) and craving {craving} (before: {craving_before}).</source>
        <translation>Ánimo medio: {mood} (antes: {mood_before}); ganas de consumir: {craving} (antes: {craving_before}).</translation>
    </message>
    <message>
        <source>{count} urge logged, {passed} of them passed (before: {before} logged, {passed_before} passed).</source>
        <translation>Impulsos anotados: {count}; pasaron: {passed} (antes, anotados: {before}; pasaron: {passed_before}).</translation>
    </message>
    <message>
        <source>{count} urges logged, {passed} of them passed (before: {before} logged, {passed_before} passed).</source>
        <translation>Impulsos anotados: {count}; pasaron: {passed} (antes, anotados: {before}; pasaron: {passed_before}).</translation>
    </message>
    <message>
        <source>No check-ins yet. The calendar fills in from the first check-in. Days without a check-in count as substance-free unless a slip is noted for them.</source>
        <translation>Aún no hay registros. El calendario se irá llenando a partir del primer registro. Los días sin registro cuentan como días sin consumo, salvo que se anote un tropiezo en ellos.</translation>
    </message>
    <message>
        <source>The record has no days {span}.</source>
        <translation>El historial no tiene días {span}.</translation>
    </message>
    <message>
        <source>no slip days</source>
        <translation>ningún día de tropiezo</translation>
    </message>
    <message>
        <source>{span}: {free} of {days} counted ({checked} checked in, {unchecked} without a check-in) and {slips}. The longest run in this range was {run}.</source>
        <translation>{span}: {free} de un total de {days} ({checked} con registro, {unchecked} sin registro) y {slips}. El tramo más largo en este periodo fue de {run}.</translation>
    </message>
    <message>
        <source>{count} substance-free day</source>
        <translation>{count} día sin consumo</translation>
    </message>
    <message>
        <source>{count} substance-free days</source>
        <translation>{count} días sin consumo</translation>
    </message>
    <message>
        <source>Over the whole record the current run is {run}, the longest run was {longest}, and there are {total} in all: a slip never takes away the days before it.</source>
        <translation>En todo el historial, el tramo actual es de {run}, el más largo fue de {longest} y hay {total} en total: un tropiezo nunca quita los días de antes.</translation>
    </message>
    <message>
        <source>Over the whole record today is noted as a slip and a new run can begin tomorrow, the longest run was {longest}, and there are {total} in all: a slip never takes away the days before it.</source>
        <translation>En todo el historial, hoy está anotado como un tropiezo y mañana puede empezar un nuevo tramo; el más largo fue de {longest} y hay {total} en total: un tropiezo nunca quita los días de antes.</translation>
    </message>
    <message>
        <source>Milestones reached in this range: {items}.</source>
        <translation>Hitos alcanzados en este periodo: {items}.</translation>
    </message>
    <message>
        <source>Recognitions from the mentor: {items}.</source>
        <translation>Reconocimientos del mentor: {items}.</translation>
    </message>
    <message>
        <source>Recovery strength starts with the first check-in. It builds with each substance-free day and check-in, dips a little after a slip and climbs back.</source>
        <translation>La fuerza de la recuperación empieza con el primer registro. Crece con cada día sin consumo y cada registro, baja un poco tras un tropiezo y vuelve a subir.</translation>
    </message>
    <message>
        <source>Recovery strength was {end} out of 100 on {day} ({start} on {first_day}).</source>
        <translation>La fuerza de la recuperación era de {end} sobre 100 el {day} ({start} el {first_day}).</translation>
    </message>
    <message>
        <source>It dipped a little after {slips} in this range (lowest: {lowest}, on {day}) and climbed back as the days after added up.</source>
        <translation>Bajó un poco tras {slips} en este periodo (lo más bajo: {lowest}, el {day}) y volvió a subir a medida que se sumaban los días siguientes.</translation>
    </message>
    <message>
        <source>It dipped a little after {slips} in this range and climbed back as the days after added up.</source>
        <translation>Bajó un poco tras {slips} en este periodo y volvió a subir a medida que se sumaban los días siguientes.</translation>
    </message>
    <message>
        <source>It is our own forgiving score: substance-free days and check-ins build it, the last few weeks count most, and a slip only lowers it a little.</source>
        <translation>Es una puntuación de la propia aplicación, y comprensiva: la construyen los días sin consumo y los registros, las últimas semanas son las que más cuentan y un tropiezo solo la baja un poco.</translation>
    </message>
    <message>
        <source>{craving} on {day} (trigger logged: {trigger})</source>
        <translation>{craving} el {day} (desencadenante anotado: {trigger})</translation>
    </message>
    <message>
        <source>{craving} on {day} (no trigger logged)</source>
        <translation>{craving} el {day} (sin desencadenante anotado)</translation>
    </message>
    <message>
        <source>No check-ins {span}. Mood (1 to 5) and craving (0 to 10) are drawn from the daily check-in, with a 7-day average line.</source>
        <translation>No hay registros {span}. El ánimo (de 1 a 5) y las ganas de consumir (de 0 a 10) salen del registro diario, con una línea de media de 7 días.</translation>
    </message>
    <message>
        <source>{count} check-in {span}: mood averaged {mood} and craving {craving}.</source>
        <translation>{count} registro {span}: el ánimo medio fue de {mood} y las ganas de consumir, de {craving}.</translation>
    </message>
    <message>
        <source>{count} check-ins {span}: mood averaged {mood} and craving {craving}.</source>
        <translation>{count} registros {span}: el ánimo medio fue de {mood} y las ganas de consumir, de {craving}.</translation>
    </message>
    <message>
        <source>In the first half of the range mood averaged {mood_then} and craving {craving_then}; in the second half {mood_now} and {craving_now}.</source>
        <translation>En la primera mitad del periodo, el ánimo medio fue de {mood_then} y las ganas de consumir, de {craving_then}; en la segunda mitad, de {mood_now} y {craving_now}.</translation>
    </message>
    <message>
        <source>Strongest cravings: {items}.</source>
        <translation>Días con más ganas de consumir: {items}.</translation>
    </message>
    <message>
        <source>No urges were logged {span}.</source>
        <translation>No se anotaron impulsos {span}.</translation>
    </message>
    <message>
        <source>{count} urge logged</source>
        <translation>{count} impulso anotado</translation>
    </message>
    <message>
        <source>{count} urges logged</source>
        <translation>{count} impulsos anotados</translation>
    </message>
    <message>
        <source>{urges} {span}, shown per week.</source>
        <translation>{urges} {span}; el gráfico va por semanas.</translation>
    </message>
    <message>
        <source>{urges} {span}, shown per month.</source>
        <translation>{urges} {span}; el gráfico va por meses.</translation>
    </message>
    <message>
        <source>{urges} {span}, shown per quarter.</source>
        <translation>{urges} {span}; el gráfico va por trimestres.</translation>
    </message>
    <message>
        <source>By kind of trigger: {items}.</source>
        <translation>Por tipo de desencadenante: {items}.</translation>
    </message>
    <message>
        <source>Came up most: {items}.</source>
        <translation>Lo que más apareció: {items}.</translation>
    </message>
    <message>
        <source>Urges came most often on {weekday}s, and between {start} and {end}.</source>
        <translation>Los impulsos llegaron más a menudo en {weekday}, y entre las {start} y las {end}.</translation>
    </message>
    <message>
        <source>{name}: used {count} time, the urge passed {passed} of them ({share}%)</source>
        <translation>{name}: usada {count} vez, y el impulso pasó en {passed} ({share} %)</translation>
    </message>
    <message>
        <source>{name}: used {count} times, the urge passed {passed} of them ({share}%)</source>
        <translation>{name}: usada {count} veces, y el impulso pasó en {passed} de ellas ({share} %)</translation>
    </message>
    <message>
        <source>No coping strategies were noted with urges {span}.</source>
        <translation>No se anotaron estrategias de afrontamiento con los impulsos {span}.</translation>
    </message>
    <message>
        <source>{items}; and {count} more strategy</source>
        <translation>{items}; y {count} estrategia más</translation>
    </message>
    <message>
        <source>{items}; and {count} more strategies</source>
        <translation>{items}; y {count} estrategias más</translation>
    </message>
    <message>
        <source>How urges ended when a coping strategy was used, {span}. {results}.</source>
        <translation>Cómo terminaron los impulsos cuando se usó una estrategia de afrontamiento, {span}. {results}.</translation>
    </message>
    <message>
        <source>{title}: {done} of {total} step done</source>
        <translation>{title}: {done} de {total} paso hecho</translation>
    </message>
    <message>
        <source>{title}: {done} of {total} steps done</source>
        <translation>{title}: {done} de {total} pasos hechos</translation>
    </message>
    <message>
        <source>{count} goal completed {span} (the most in {period}: {most}).</source>
        <translation>{count} meta cumplida {span} (el máximo fue en {period}: {most}).</translation>
    </message>
    <message>
        <source>{count} goals completed {span} (the most in {period}: {most}).</source>
        <translation>{count} metas cumplidas {span} (el máximo fue en {period}: {most}).</translation>
    </message>
    <message>
        <source>No goals were completed {span}.</source>
        <translation>No se cumplió ninguna meta {span}.</translation>
    </message>
    <message>
        <source>{count} goal active now ({goals}).</source>
        <translation>{count} meta activa ahora ({goals}).</translation>
    </message>
    <message>
        <source>{count} goals active now ({goals}).</source>
        <translation>{count} metas activas ahora ({goals}).</translation>
    </message>
    <message>
        <source>{count} goals active now; the {shown} due soonest: {goals}.</source>
        <translation>{count} metas activas ahora; las {shown} con la fecha más cercana: {goals}.</translation>
    </message>
    <message>
        <source>No goals are active now.</source>
        <translation>Ahora no hay metas activas.</translation>
    </message>
    <message>
        <source>Self-assessment: the average answer was {average} out of 6 on {day}, and {first} on {first_day} ({count} assessments in this range).</source>
        <translation>Autoevaluación: la respuesta media fue de {average} sobre 6 el {day}, y de {first} el {first_day} ({count} autoevaluaciones en este periodo).</translation>
    </message>
    <message>
        <source>Self-assessment: the average answer was {average} out of 6 on {day}.</source>
        <translation>Autoevaluación: la respuesta media fue de {average} sobre 6 el {day}.</translation>
    </message>
    <message>
        <source>No self-assessments in this range.</source>
        <translation>No hay autoevaluaciones en este periodo.</translation>
    </message>
</context>
<context>
    <name>recovery_words</name>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
    <message>
        <source>Your record begins with your first check-in.</source>
        <translation>Tu historial empieza con tu primer registro.</translation>
    </message>
    <message>
        <source>Days you don&apos;t check in count as substance-free unless you note a slip for them, and today counts once you have checked in.</source>
        <translation>Los días sin registro cuentan como días sin consumo salvo que anotes un tropiezo en ellos, y hoy cuenta en cuanto hagas el registro.</translation>
    </message>
    <message>
        <source>{days} substance-free, since {date}</source>
        <translation>{days} sin consumo, desde el {date}</translation>
    </message>
    <message>
        <source>Today is noted as a slip. A new run can begin tomorrow.</source>
        <translation>Hoy está anotado como un tropiezo. Mañana puede empezar un nuevo tramo.</translation>
    </message>
    <message>
        <source>Longest run: {days}.</source>
        <translation>Tramo más largo: {days}.</translation>
    </message>
    <message>
        <source>Substance-free days in all: {total} ({checked} of them checked in).</source>
        <translation>Días sin consumo en total: {total} ({checked} de ellos con registro).</translation>
    </message>
    <message>
        <source>This stretch of recovery began on {date}, with 1 lapse along the way.</source>
        <translation>Esta etapa de recuperación empezó el {date}, con 1 desliz por el camino.</translation>
    </message>
    <message>
        <source>This stretch of recovery began on {date}, with {count} lapses along the way.</source>
        <translation>Esta etapa de recuperación empezó el {date}, con {count} deslices por el camino.</translation>
    </message>
    <message>
        <source>This stretch of recovery began on {date}.</source>
        <translation>Esta etapa de recuperación empezó el {date}.</translation>
    </message>
    <message>
        <source>{lapses} and {relapses}</source>
        <translation>{lapses} y {relapses}</translation>
    </message>
    <message>
        <source>Slips in the record: {slips}, each kept with its note.</source>
        <translation>Tropiezos en el historial: {slips}, cada uno guardado con su nota.</translation>
    </message>
    <message>
        <source>1 lapse</source>
        <translation>1 desliz</translation>
    </message>
    <message>
        <source>{count} lapses</source>
        <translation>{count} deslices</translation>
    </message>
    <message>
        <source>1 relapse</source>
        <translation>1 recaída</translation>
    </message>
    <message>
        <source>{count} relapses</source>
        <translation>{count} recaídas</translation>
    </message>
    <message>
        <source>This day is noted as a relapse.</source>
        <translation>Este día queda anotado como una recaída.</translation>
    </message>
    <message>
        <source>This day is noted as a lapse.</source>
        <translation>Este día queda anotado como un desliz.</translation>
    </message>
    <message>
        <source>The {count} substance-free days you have built still count, and they stay in your record.</source>
        <translation>Los {count} días sin consumo que has construido siguen contando, y se quedan en tu historial.</translation>
    </message>
    <message>
        <source>Everything you note here stays in your record, to learn from.</source>
        <translation>Todo lo que anotes aquí se queda en tu historial, para aprender de ello.</translation>
    </message>
    <message>
        <source>One</source>
        <translation>Un</translation>
    </message>
    <message>
        <source>Seven</source>
        <translation>Siete</translation>
    </message>
    <message>
        <source>Fourteen</source>
        <translation>Catorce</translation>
    </message>
    <message>
        <source>Thirty</source>
        <translation>Treinta</translation>
    </message>
    <message>
        <source>Sixty</source>
        <translation>Sesenta</translation>
    </message>
    <message>
        <source>Ninety</source>
        <translation>Noventa</translation>
    </message>
    <message>
        <source>Your first substance-free day, on {when}. That first day matters.</source>
        <translation>Tu primer día sin consumo, el {when}. Ese primer día importa.</translation>
    </message>
    <message>
        <source>{count} substance-free days, reached on {when}.</source>
        <translation>{count} días sin consumo, alcanzados el {when}.</translation>
    </message>
    <message>
        <source>A whole year substance-free, reached on {when}.</source>
        <translation>Un año entero sin consumo, alcanzado el {when}.</translation>
    </message>
    <message>
        <source>{count} years substance-free, reached on {when}.</source>
        <translation>{count} años sin consumo, alcanzados el {when}.</translation>
    </message>
    <message>
        <source>You completed your first goal on {when}.</source>
        <translation>Cumpliste tu primera meta el {when}.</translation>
    </message>
    <message>
        <source>{count} goals completed, the latest on {when}.</source>
        <translation>{count} metas cumplidas, la última el {when}.</translation>
    </message>
    <message>
        <source>{count} weeks in a row of regular check-ins, as of {when}.</source>
        <translation>{count} semanas seguidas de registros regulares, a fecha del {when}.</translation>
    </message>
    <message>
        <source>A milestone</source>
        <translation>Un hito</translation>
    </message>
    <message>
        <source>Some milestones</source>
        <translation>Algunos hitos</translation>
    </message>
    <message>
        <source>Take a moment to notice what helped you get here: the people, the habits, the choices you made on the hard days. It is worth keeping.

You might like to tell your mentor, or write a few lines in your journal.</source>
        <translation>Tómate un momento para ver qué te ayudó a llegar hasta aquí: las personas, los hábitos, las decisiones que tomaste en los días difíciles. Vale la pena guardarlo.

Quizá quieras contárselo a tu mentor, o escribir unas líneas en tu diario.</translation>
    </message>
    <message>
        <source>Time for today&apos;s check-in? It takes under a minute.</source>
        <translation>¿Es hora del registro de hoy? Lleva menos de un minuto.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>{name}: relapse-prevention plan, version {version}, printed {day}</source>
        <extracomment>The mentor&apos;s comments the mentee chose for the printout (in the Mentor tab). Images the HTML refers to as ``&lt;img src=&quot;NAME&quot;&gt;``: PNG bytes by name.</extracomment>
        <translation>{name}: plan de prevención de recaídas, versión {version}, impreso el {day}</translation>
    </message>
    <message>
        <source>{name}: relapse-prevention plan, not yet reviewed, printed {day}</source>
        <translation>{name}: plan de prevención de recaídas, aún sin revisar, impreso el {day}</translation>
    </message>
    <message>
        <source>{name}: relapse-prevention plan</source>
        <translation>{name}: plan de prevención de recaídas</translation>
    </message>
    <message>
        <source>Relapse-prevention plan (blank)</source>
        <translation>Plan de prevención de recaídas (en blanco)</translation>
    </message>
    <message>
        <source>Relapse-prevention plan: to fill in by hand</source>
        <translation>Plan de prevención de recaídas: para rellenar a mano</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mi plan</translation>
    </message>
    <message>
        <source>Cut along the outer marks, then fold on the dotted line: it fits a wallet.</source>
        <translation>Recorta por las marcas exteriores y dobla por la línea de puntos: cabe en una cartera.</translation>
    </message>
    <message>
        <source>{name}: session brief, printed {day}. Private: keep it safe.</source>
        <translation>{name}: resumen para la sesión, impreso el {day}. Privado: guárdalo en un lugar seguro.</translation>
    </message>
</context>
<context>
    <name>restore_dialog</name>
    <message>
        <source>backup</source>
        <translation>copia de seguridad</translation>
    </message>
    <message>
        <source>saved just before a restore</source>
        <translation>guardada justo antes de una restauración</translation>
    </message>
    <message>
        <source>saved just before an app update</source>
        <translation>guardada justo antes de una actualización de la aplicación</translation>
    </message>
</context>
<context>
    <name>session_brief</name>
    <message>
        <source>Craving: no check-ins in the last {days} days to go by.</source>
        <extracomment>The rhythm, craving and mood compare the last two weeks with the two before.</extracomment>
        <translation>Ganas de consumir: no hay registros de los últimos {days} días en los que basarse.</translation>
    </message>
    <message>
        <source>Craving averaged {average} out of 10 over the last {days} days.</source>
        <translation>Ganas de consumir: media de {average} sobre 10 en los últimos {days} días.</translation>
    </message>
    <message>
        <source>Craving averaged {average} out of 10 over the last {days} days, about the same as the {days} days before ({before}).</source>
        <translation>Ganas de consumir: media de {average} sobre 10 en los últimos {days} días, más o menos como en los {days} días anteriores ({before}).</translation>
    </message>
    <message>
        <source>Craving averaged {average} out of 10 over the last {days} days, up from {before} the {days} days before.</source>
        <translation>Ganas de consumir: media de {average} sobre 10 en los últimos {days} días, por encima de {before} en los {days} días anteriores.</translation>
    </message>
    <message>
        <source>Craving averaged {average} out of 10 over the last {days} days, down from {before} the {days} days before.</source>
        <translation>Ganas de consumir: media de {average} sobre 10 en los últimos {days} días, por debajo de {before} en los {days} días anteriores.</translation>
    </message>
    <message>
        <source>Mood: no check-ins in the last {days} days to go by.</source>
        <translation>Ánimo: no hay registros de los últimos {days} días en los que basarse.</translation>
    </message>
    <message>
        <source>Mood averaged {average} out of 5 over the last {days} days.</source>
        <translation>Ánimo: media de {average} sobre 5 en los últimos {days} días.</translation>
    </message>
    <message>
        <source>Mood averaged {average} out of 5 over the last {days} days, about the same as the {days} days before ({before}).</source>
        <translation>Ánimo: media de {average} sobre 5 en los últimos {days} días, más o menos como en los {days} días anteriores ({before}).</translation>
    </message>
    <message>
        <source>Mood averaged {average} out of 5 over the last {days} days, up from {before} the {days} days before.</source>
        <translation>Ánimo: media de {average} sobre 5 en los últimos {days} días, por encima de {before} en los {days} días anteriores.</translation>
    </message>
    <message>
        <source>Mood averaged {average} out of 5 over the last {days} days, down from {before} the {days} days before.</source>
        <translation>Ánimo: media de {average} sobre 5 en los últimos {days} días, por debajo de {before} en los {days} días anteriores.</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} y {count} más</translation>
    </message>
    <message>
        <source>{count} urge logged in the last {days} days, average intensity {average}; {passed} passed without using.</source>
        <translation>{count} impulso anotado en los últimos {days} días, intensidad media {average}; superados sin consumir: {passed}.</translation>
    </message>
    <message>
        <source>{count} urges logged in the last {days} days, average intensity {average}; {passed} passed without using.</source>
        <translation>{count} impulsos anotados en los últimos {days} días, intensidad media {average}; superados sin consumir: {passed}.</translation>
    </message>
    <message>
        <source>No urges logged in the last {days} days.</source>
        <translation>Ningún impulso anotado en los últimos {days} días.</translation>
    </message>
    <message>
        <source>New triggers: {names}.</source>
        <translation>Desencadenantes nuevos: {names}.</translation>
    </message>
    <message>
        <source>{count} urge logged since the last share, average intensity {average}; {passed} passed without using.</source>
        <translation>{count} impulso anotado desde el último envío, intensidad media {average}; superados sin consumir: {passed}.</translation>
    </message>
    <message>
        <source>{count} urges logged since the last share, average intensity {average}; {passed} passed without using.</source>
        <translation>{count} impulsos anotados desde el último envío, intensidad media {average}; superados sin consumir: {passed}.</translation>
    </message>
    <message>
        <source>No urges logged since the last share.</source>
        <translation>Ningún impulso anotado desde el último envío.</translation>
    </message>
    <message>
        <source>Triggers and urges</source>
        <translation>Desencadenantes e impulsos</translation>
    </message>
    <message>
        <source>{count} active goal.</source>
        <translation>{count} meta activa.</translation>
    </message>
    <message>
        <source>{count} active goals.</source>
        <translation>{count} metas activas.</translation>
    </message>
    <message>
        <source>Completed since the last share: {names}.</source>
        <translation>Cumplidas desde el último envío: {names}.</translation>
    </message>
    <message>
        <source>Completed in the last {days} days: {names}.</source>
        <translation>Cumplidas en los últimos {days} días: {names}.</translation>
    </message>
    <message>
        <source>Past their date (worth a look together): {names}.</source>
        <translation>Con la fecha ya pasada (vale la pena mirarlas juntos): {names}.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Checked in on {recent} of the last {days} days ({earlier} of the {days} days before).</source>
        <translation>Hubo registro en {recent} de los últimos {days} días ({earlier} de los {days} días anteriores).</translation>
    </message>
    <message>
        <source>{count} slip day in the last {days} days, each with its own note; the days before them still count.</source>
        <translation>{count} día de tropiezo en los últimos {days} días, con su propia nota; los días anteriores siguen contando.</translation>
    </message>
    <message>
        <source>{count} slip days in the last {days} days, each with its own note; the days before them still count.</source>
        <translation>{count} días con tropiezo en los últimos {days} días, cada uno con su propia nota; los días anteriores siguen contando.</translation>
    </message>
    <message>
        <source>Check-ins, craving and mood</source>
        <translation>Registros, ganas de consumir y ánimo</translation>
    </message>
    <message>
        <source>{milestone}, on {day}.</source>
        <translation>{milestone}, el {day}.</translation>
    </message>
    <message>
        <source>Milestones reached</source>
        <translation>Hitos alcanzados</translation>
    </message>
    <message>
        <source>Session brief: {name}&apos;s first share, of {day}</source>
        <translation>Resumen para la sesión: primer envío de {name}, del {day}</translation>
    </message>
    <message>
        <source>Session brief: {name}&apos;s share of {day}, compared with {earlier}</source>
        <translation>Resumen para la sesión: envío de {name} del {day}, comparado con el del {earlier}</translation>
    </message>
    <message>
        <source>{rule}: {detail}</source>
        <translation>{rule}: {detail}</translation>
    </message>
    <message>
        <source>Worth talking about</source>
        <translation>Temas para conversar</translation>
    </message>
    <message>
        <source>None of the early-warning rules fired.</source>
        <translation>No se activó ninguna de las reglas de alerta temprana.</translation>
    </message>
</context>
<context>
    <name>setup_wizard</name>
    <message>
        <source>Recovery Desktop: recovery code

    {code}

If you forget your passphrase, choose &quot;Use recovery code&quot; on the unlock screen
and type this code. You will then choose a new passphrase.
Anyone with this code can open your vault: keep it private and safe.
</source>
        <translation>Recovery Desktop: código de recuperación

    {code}

Si olvidas tu frase de contraseña, elige «Usar mi código de recuperación en su lugar»
en la pantalla de desbloqueo y escribe este código. Después elegirás una nueva frase de contraseña.
Cualquiera que tenga este código puede abrir tu bóveda: guárdalo en privado y en un lugar seguro.
</translation>
    </message>
</context>
<context>
    <name>starters</name>
    <message>
        <source>Payday or having cash on hand</source>
        <translation>El día de cobro o tener dinero en efectivo</translation>
    </message>
    <message>
        <source>Old friends I used to use with</source>
        <translation>Viejas amistades con las que consumía</translation>
    </message>
    <message>
        <source>Bars, parties or places I used to go</source>
        <translation>Bares, fiestas o sitios a los que solía ir</translation>
    </message>
    <message>
        <source>Friday evenings and weekends</source>
        <translation>Los viernes por la tarde y los fines de semana</translation>
    </message>
    <message>
        <source>An argument or conflict</source>
        <translation>Una discusión o un conflicto</translation>
    </message>
    <message>
        <source>Feeling lonely or left out</source>
        <translation>Sentirme solo o excluido</translation>
    </message>
    <message>
        <source>Stress at work or school</source>
        <translation>Estrés en el trabajo o en los estudios</translation>
    </message>
    <message>
        <source>Anger or resentment</source>
        <translation>Enfado o resentimiento</translation>
    </message>
    <message>
        <source>Boredom</source>
        <translation>Aburrimiento</translation>
    </message>
    <message>
        <source>&quot;Just one won&apos;t hurt&quot;</source>
        <translation>«Por una no pasa nada»</translation>
    </message>
    <message>
        <source>Poor sleep or exhaustion</source>
        <translation>Dormir mal o el agotamiento</translation>
    </message>
    <message>
        <source>Pain or feeling unwell</source>
        <translation>Dolor o encontrarme mal</translation>
    </message>
    <message>
        <source>Celebrating good news</source>
        <translation>Celebrar buenas noticias</translation>
    </message>
    <message>
        <source>Feeling I have it under control</source>
        <translation>Sentir que lo tengo controlado</translation>
    </message>
    <message>
        <source>Skipping meals or sleeping badly</source>
        <translation>Saltarme comidas o dormir mal</translation>
    </message>
    <message>
        <source>Keeping to myself, not answering messages</source>
        <translation>Encerrarme en mí, no contestar mensajes</translation>
    </message>
    <message>
        <source>Missing meetings or appointments</source>
        <translation>Faltar a reuniones o citas</translation>
    </message>
    <message>
        <source>Thinking &quot;I don&apos;t care&quot; or &quot;what&apos;s the point&quot;</source>
        <translation>Pensar «me da igual» o «¿para qué?»</translation>
    </message>
    <message>
        <source>Remembering using as only the good times</source>
        <translation>Recordar el consumo solo por los buenos ratos</translation>
    </message>
    <message>
        <source>Irritable, restless or on edge</source>
        <translation>Irritable, inquieto o con los nervios de punta</translation>
    </message>
    <message>
        <source>Planning how I could use without anyone knowing</source>
        <translation>Planear cómo podría consumir sin que nadie se entere</translation>
    </message>
    <message>
        <source>Ride out the urge</source>
        <translation>Dejar pasar el impulso</translation>
    </message>
    <message>
        <source>Notice the urge and name it.
Breathe slowly for two minutes.
Remind myself it will peak and pass, usually within 20 minutes.</source>
        <translation>Notar el impulso y ponerle nombre.
Respirar despacio durante dos minutos.
Recordarme que llegará a su punto más alto y pasará, normalmente en menos de 20 minutos.</translation>
    </message>
    <message>
        <source>HALT check</source>
        <translation>Revisión HALT</translation>
    </message>
    <message>
        <source>Am I hungry, angry, lonely or tired?
Deal with that first.</source>
        <translation>¿Tengo hambre, estoy enfadado, me siento solo o estoy cansado?
Ocuparme de eso primero.</translation>
    </message>
    <message>
        <source>Delay and distract for 30 minutes</source>
        <translation>Aplazar y distraerme durante 30 minutos</translation>
    </message>
    <message>
        <source>Set a 30-minute timer.
Go for a walk, shower, or do something with my hands.</source>
        <translation>Poner un temporizador de 30 minutos.
Salir a caminar, ducharme o hacer algo con las manos.</translation>
    </message>
    <message>
        <source>Call someone on my list</source>
        <translation>Llamar a alguien de mi lista</translation>
    </message>
    <message>
        <source>Start at the top of my support ladder.
Say plainly: I&apos;m having an urge.</source>
        <translation>Empezar por arriba de mi escalera de apoyo.
Decirlo claro: estoy teniendo un impulso.</translation>
    </message>
    <message>
        <source>Go to a meeting</source>
        <translation>Ir a una reunión</translation>
    </message>
    <message>
        <source>Remove what I would use</source>
        <translation>Quitar de en medio lo que consumiría</translation>
    </message>
    <message>
        <source>Ask someone I trust to help clear the house.</source>
        <translation>Pedir a alguien de confianza que me ayude a vaciar la casa.</translation>
    </message>
</context>
<context>
    <name>triggers_tab</name>
    <message>
        <source>A slip is a moment, not the end of your recovery, and noting it honestly is a real step.

Your first steps, from your plan:

</source>
        <translation>Un tropiezo es un momento, no el final de tu recuperación, y anotarlo con sinceridad es un paso de verdad.

Tus primeros pasos, según tu plan:

</translation>
    </message>
    <message>
        <source>A slip is a moment, not the end of your recovery, and noting it honestly is a real step.

It may help to reach out to someone on your support ladder today, and to write your own first steps in the Plan tab when you feel ready.</source>
        <translation>Un tropiezo es un momento, no el final de tu recuperación, y anotarlo con sinceridad es un paso de verdad.

Puede ayudarte hablar hoy con alguien de tu escalera de apoyo, y escribir tus propios primeros pasos en la pestaña Plan cuando te sientas preparado.</translation>
    </message>
</context>
<context>
    <name>urge_summary</name>
    <message>
        <source>{count} lapse</source>
        <translation>{count} desliz</translation>
    </message>
    <message>
        <source>{count} lapses</source>
        <translation>{count} deslices</translation>
    </message>
    <message>
        <source>{count} relapse</source>
        <translation>{count} recaída</translation>
    </message>
    <message>
        <source>{count} relapses</source>
        <translation>{count} recaídas</translation>
    </message>
    <message>
        <source>No urges were logged in the last 30 days.</source>
        <translation>No se anotaron impulsos en los últimos 30 días.</translation>
    </message>
    <message>
        <source>In the last 30 days {count} urge was logged (the 30 days before: {before}).</source>
        <translation>En los últimos 30 días se anotó {count} impulso (los 30 días anteriores: {before}).</translation>
    </message>
    <message>
        <source>In the last 30 days {count} urges were logged (the 30 days before: {before}).</source>
        <translation>En los últimos 30 días se anotaron {count} impulsos (los 30 días anteriores: {before}).</translation>
    </message>
    <message>
        <source>Average intensity {now} out of 10 (before: {before}).</source>
        <translation>Intensidad media: {now} sobre 10 (antes: {before}).</translation>
    </message>
    <message>
        <source>Average intensity {now} out of 10.</source>
        <translation>Intensidad media: {now} sobre 10.</translation>
    </message>
    <message>
        <source>{count} passed without using.</source>
        <translation>Impulsos que pasaron sin consumir: {count}.</translation>
    </message>
    <message>
        <source>{count} ended in a slip ({lapses}, {relapses}): worth talking through together, calmly.</source>
        <translation>Impulsos que acabaron en un tropiezo: {count} ({lapses}, {relapses}). Vale la pena hablarlo juntos, con calma.</translation>
    </message>
    <message>
        <source>Came up most: {items}.</source>
        <translation>Lo que más apareció: {items}.</translation>
    </message>
    <message>
        <source>Coping used most: {items}.</source>
        <translation>Estrategias de afrontamiento más usadas: {items}.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>Please keep this under {count} characters.</source>
        <extracomment>An urge logged a little ahead (a clock off, a time zone crossed) is fine; next week is not. A day one ahead of this computer&apos;s date is fine (the other side of a date line).</extracomment>
        <translation>Mantén esto por debajo de {count} caracteres, por favor.</translation>
    </message>
    <message>
        <source>Please give it a name.</source>
        <translation>Ponle un nombre, por favor.</translation>
    </message>
    <message>
        <source>That day hasn&apos;t come yet.</source>
        <translation>Ese día todavía no ha llegado.</translation>
    </message>
    <message>
        <source>Mood goes from {low} to {high}.</source>
        <translation>El ánimo va de {low} a {high}.</translation>
    </message>
    <message>
        <source>Please write a few words about how it went.</source>
        <translation>Escribe unas palabras sobre cómo fue, por favor.</translation>
    </message>
    <message>
        <source>Craving goes from 0 to {high}.</source>
        <translation>Las ganas de consumir van de 0 a {high}.</translation>
    </message>
    <message>
        <source>Please give hours between 0 and 24.</source>
        <translation>Indica unas horas entre 0 y 24, por favor.</translation>
    </message>
    <message>
        <source>Please answer at least one question.</source>
        <translation>Responde al menos una pregunta, por favor.</translation>
    </message>
    <message>
        <source>Answers go from {low} to {high}.</source>
        <translation>Las respuestas van de {low} a {high}.</translation>
    </message>
    <message>
        <source>Please write something first.</source>
        <translation>Escribe algo primero, por favor.</translation>
    </message>
    <message>
        <source>Please write a few words about the session.</source>
        <translation>Escribe unas palabras sobre la sesión, por favor.</translation>
    </message>
    <message>
        <source>The next session comes after this one.</source>
        <translation>La próxima sesión va después de esta.</translation>
    </message>
    <message>
        <source>Intensity goes from 0 to {high}.</source>
        <translation>La intensidad va de 0 a {high}.</translation>
    </message>
    <message>
        <source>Please give a duration under a day.</source>
        <translation>Indica una duración de menos de un día, por favor.</translation>
    </message>
    <message>
        <source>That time is in the future.</source>
        <translation>Esa hora está en el futuro.</translation>
    </message>
    <message>
        <source>The next review comes after the last one.</source>
        <translation>La próxima revisión va después de la última.</translation>
    </message>
    <message>
        <source>The next review comes after this one.</source>
        <translation>La próxima revisión va después de esta.</translation>
    </message>
    <message>
        <source>you have already answered this suggestion</source>
        <translation>ya has respondido a esta sugerencia</translation>
    </message>
    <message>
        <source>set {variable} or give it on standard input</source>
        <translation>define {variable} o escríbela en la entrada estándar</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>between {low} and {high}</source>
        <translation>entre {low} y {high}</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>no se puede leer {file}: {reason}</translation>
    </message>
    <message>
        <source>please use at least {count} characters</source>
        <translation>usa al menos {count} caracteres</translation>
    </message>
    <message>
        <source>no mentee has shared with you yet</source>
        <translation>todavía no te ha enviado nada ningún mentorado</translation>
    </message>
    <message>
        <source>you have several mentees; name one</source>
        <translation>tienes varios mentorados; indica uno</translation>
    </message>
    <message>
        <source>no mentee by that name</source>
        <translation>no hay ningún mentorado con ese nombre</translation>
    </message>
</context>
<context>
    <name>printed</name>
    <message>
        <source>Prompts to talk about, not a diagnosis. Each one names the rule that noticed it.</source>
        <translation>Temas para conversar, no un diagnóstico. Cada uno nombra la regla que lo detectó.</translation>
    </message>
    <message>
        <source>People I call</source>
        <translation>Personas a las que llamo</translation>
    </message>
    <message>
        <source>Crisis line</source>
        <translation>Línea de crisis</translation>
    </message>
    <message>
        <source>{name}'s crisis card, {day}. A slip is not the end: call someone.</source>
        <translation>Tarjeta de crisis de {name}, {day}. Un tropiezo no es el final: llama a alguien.</translation>
    </message>
    <message>
        <source>If I notice these signs</source>
        <translation>Si noto estas señales</translation>
    </message>
    <message>
        <source>I will</source>
        <translation>Haré esto</translation>
    </message>
    <message>
        <source>My relapse-prevention plan</source>
        <translation>Mi plan de prevención de recaídas</translation>
    </message>
    <message>
        <source>{name}: my relapse-prevention plan</source>
        <translation>{name}: mi plan de prevención de recaídas</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Versión {number}</translation>
    </message>
    <message>
        <source>Not yet reviewed with my mentor</source>
        <translation>Aún sin revisar con mi mentor</translation>
    </message>
    <message>
        <source>Reviewed with my mentor on: {day}</source>
        <translation>Revisado con mi mentor: {day}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>Next review: {day}</source>
        <translation>Próxima revisión: {day}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin fijar</translation>
    </message>
    <message>
        <source>Printed {day}</source>
        <translation>Impreso el {day}</translation>
    </message>
    <message>
        <source>Where this plan is kept: {place}</source>
        <translation>Dónde se guarda este plan: {place}</translation>
    </message>
    <message>
        <source>(Not written yet.)</source>
        <translation>(Todavía sin escribir.)</translation>
    </message>
    <message>
        <source>Crisis lines:</source>
        <translation>Líneas de crisis:</translation>
    </message>
    <message>
        <source>Trigger:</source>
        <translation>Desencadenante:</translation>
    </message>
    <message>
        <source>If it comes up, I will:</source>
        <translation>Si aparece, haré esto:</translation>
    </message>
    <message>
        <source>I contact:</source>
        <translation>A quién contacto:</translation>
    </message>
    <message>
        <source>{category}, {risk} risk</source>
        <translation>{category}, riesgo {risk}</translation>
    </message>
    <message>
        <source>Avoid:</source>
        <translation>Evitar:</translation>
    </message>
    <message>
        <source>Get away:</source>
        <translation>Alejarme:</translation>
    </message>
    <message>
        <source>Cope:</source>
        <translation>Afrontar:</translation>
    </message>
    <message>
        <source>(No plan written yet.)</source>
        <translation>(Todavía sin plan escrito.)</translation>
    </message>
    <message>
        <source>(No triggers written yet.)</source>
        <translation>(Todavía no hay desencadenantes escritos.)</translation>
    </message>
    <message>
        <source>Warning sign</source>
        <translation>Señal de alerta</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>What I will do</source>
        <translation>Lo que haré</translation>
    </message>
    <message>
        <source>Last time: {text}</source>
        <translation>La última vez: {text}</translation>
    </message>
    <message>
        <source>(No warning signs written yet.)</source>
        <translation>(Todavía no hay señales de alerta escritas.)</translation>
    </message>
    <message>
        <source>Coping strategy</source>
        <translation>Estrategia de afrontamiento</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>(No coping strategies written yet.)</source>
        <translation>(Todavía no hay estrategias de afrontamiento escritas.)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What they will do</source>
        <translation>Lo que hará</translation>
    </message>
    <message>
        <source>(No supporters written yet.)</source>
        <translation>(Todavía no hay personas de apoyo escritas.)</translation>
    </message>
    <message>
        <source>How often we check in:</source>
        <translation>Cada cuánto hablamos:</translation>
    </message>
    <message>
        <source>When I can contact my mentor:</source>
        <translation>Cuándo puedo contactar con mi mentor:</translation>
    </message>
    <message>
        <source>If my mentor cannot be reached:</source>
        <translation>Si no puedo contactar con mi mentor:</translation>
    </message>
    <message>
        <source>(not agreed yet)</source>
        <translation>(todavía sin acordar)</translation>
    </message>
    <message>
        <source>Comments from my mentor</source>
        <translation>Comentarios de mi mentor</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>Me ({name})</source>
        <translation>Yo ({name})</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>My mentor</source>
        <translation>Mi mentor</translation>
    </message>
    <message>
        <source>How the last month went</source>
        <translation>Cómo fue el último mes</translation>
    </message>
    <message>
        <source>The chart shows the urges logged each week for the last twelve weeks. Fewer urges logged can mean fewer urges, or fewer written down: both are worth a word together.</source>
        <translation>El gráfico muestra los impulsos anotados cada semana durante las últimas doce semanas. Menos impulsos anotados puede significar que hubo menos impulsos, o que se anotaron menos: las dos cosas merecen una conversación.</translation>
    </message>
</context>
</TS>
