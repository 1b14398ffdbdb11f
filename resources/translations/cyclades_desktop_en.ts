<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AcademiesPage</name>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/academies.py" line="54"/>
        <source>Académies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/academies.py" line="60"/>
        <source>Lecture des académies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/academies.py" line="70"/>
        <source>%1 académie(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/academies.py" line="93"/>
        <source>Le code identifie l&apos;académie : il ne change plus une fois créé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/academies.py" line="101"/>
        <source>Nouvelle académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/academies.py" line="102"/>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/academies.py" line="102"/>
        <source>&amp;Créer l&apos;académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/academies.py" line="124"/>
        <source>Académie « %1 » créée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/academies.py" line="129"/>
        <source>Coordonnées de « %1 » enregistrées.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccommodationDialog</name>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/accommodation.py" line="51"/>
        <source>Aménagement accordé à %1 (candidat n° %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/accommodation.py" line="72"/>
        <source>Ce candidat n&apos;a aucune candidature active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/accommodation.py" line="73"/>
        <source>Enregistrer la mesure ; elle figurera sur la notification d&apos;aménagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/accommodation.py" line="79"/>
        <source>Le candidat sera placé dans une salle aménagée lors de l&apos;affectation aux centres d&apos;examen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/accommodation.py" line="94"/>
        <source>Déjà accordés pour cette candidature :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/accommodation.py" line="96"/>
        <source>Aucun aménagement n&apos;est encore accordé pour cette candidature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/accommodation.py" line="123"/>
        <source>Enregistrement de l&apos;aménagement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/accommodation.py" line="127"/>
        <source>Aménagement enregistré pour la candidature %1 : %2. Publiez la notification d&apos;aménagements (onglet Documents) pour que le candidat la reçoive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accommodation.ui" line="9"/>
        <location filename="../../ui/accommodation.ui" line="20"/>
        <source>Enregistrer un aménagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accommodation.ui" line="26"/>
        <source>Indiquez la mesure accordée par la décision (article D613-26 du Code de l&apos;éducation), jamais un diagnostic ni une information médicale : ce sont des données de santé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accommodation.ui" line="35"/>
        <source>C&amp;andidature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accommodation.ui" line="44"/>
        <source>&amp;Mesure accordée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accommodation.ui" line="53"/>
        <source>&amp;Précision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accommodation.ui" line="64"/>
        <source>Composer dans une &amp;salle à part (salle aménagée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accommodation.ui" line="97"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accommodation.ui" line="102"/>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminAcademies</name>
    <message>
        <location filename="../../ui/admin_academies.ui" line="14"/>
        <source>Académies et services des examens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_academies.ui" line="20"/>
        <source>Les coordonnées du service des examens sont imprimées sur les documents officiels et communiquées aux candidats à la fin de leur inscription. Les départements décident de l&apos;académie de résidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_academies.ui" line="43"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_academies.ui" line="44"/>
        <source>Académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_academies.ui" line="47"/>
        <source>Académie et service des examens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_academies.ui" line="54"/>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_academies.ui" line="57"/>
        <source>NANTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_academies.ui" line="60"/>
        <source>&amp;Nom de l&apos;académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_academies.ui" line="63"/>
        <source>Académie de Nantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_academies.ui" line="66"/>
        <source>&amp;Service des examens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_academies.ui" line="69"/>
        <source>Division des examens et concours (DEC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_academies.ui" line="72"/>
        <source>&amp;Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_academies.ui" line="78"/>
        <source>Rectorat
4 rue de la Houssinière
44322 Nantes Cedex 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_academies.ui" line="82"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_academies.ui" line="85"/>
        <source>dec@ac-nantes.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_academies.ui" line="88"/>
        <source>&amp;Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_academies.ui" line="91"/>
        <source>02 40 37 37 37</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_academies.ui" line="94"/>
        <source>&amp;Départements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_academies.ui" line="97"/>
        <source>44, 49, 53, 72, 85</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_academies.ui" line="113"/>
        <source>&amp;Nouvelle académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_academies.ui" line="122"/>
        <source>Annuler les &amp;modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_academies.ui" line="125"/>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_academies.ui" line="145"/>
        <source>&amp;Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminAssignment</name>
    <message>
        <location filename="../../ui/admin_assignment.ui" line="13"/>
        <source>Affectation des candidats aux centres d&apos;examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_assignment.ui" line="18"/>
        <source>L&apos;affectation automatique place chaque candidat inscrit et non encore affecté dans un centre de son département, sinon de l&apos;académie, sans jamais dépasser la capacité ; les candidats dont les aménagements demandent une salle à part vont en salle aménagée. La convocation reprend le centre et la salle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_assignment.ui" line="24"/>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_assignment.ui" line="36"/>
        <source>A&amp;ctualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_assignment.ui" line="48"/>
        <source>Centres de l&apos;académie de la session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_assignment.ui" line="60"/>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_assignment.ui" line="61"/>
        <source>UAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_assignment.ui" line="62"/>
        <source>Ville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_assignment.ui" line="63"/>
        <source>Capacité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_assignment.ui" line="64"/>
        <source>Affectés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_assignment.ui" line="65"/>
        <source>Places libres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_assignment.ui" line="71"/>
        <source>Affecter &amp;automatiquement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_assignment.ui" line="85"/>
        <source>Affectation manuelle d&apos;une candidature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_assignment.ui" line="90"/>
        <source>Début du nom ou n° d&apos;inscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_assignment.ui" line="93"/>
        <source>&amp;Non affectées seulement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_assignment.ui" line="120"/>
        <source>C&amp;entre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_assignment.ui" line="126"/>
        <source>Sa&amp;lle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_assignment.ui" line="129"/>
        <source>Salle 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_assignment.ui" line="132"/>
        <source>Affec&amp;ter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminCentres</name>
    <message>
        <location filename="../../ui/admin_centres.ui" line="13"/>
        <source>Centres d&apos;examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_centres.ui" line="18"/>
        <source>Les établissements qui accueillent les épreuves, avec leur capacité par session. Le code UAI identifie le centre et ne change pas ; la capacité ne peut pas descendre sous le nombre de candidats déjà affectés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_centres.ui" line="27"/>
        <source>A&amp;cadémie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_centres.ui" line="53"/>
        <source>UAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_centres.ui" line="54"/>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_centres.ui" line="55"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_centres.ui" line="56"/>
        <source>Ville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_centres.ui" line="57"/>
        <source>Dépt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_centres.ui" line="58"/>
        <source>Capacité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_centres.ui" line="59"/>
        <source>Académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_centres.ui" line="65"/>
        <source>&amp;Nouveau centre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_centres.ui" line="68"/>
        <source>&amp;Modifier le centre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_centres.ui" line="71"/>
        <source>&amp;Supprimer le centre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_centres.ui" line="80"/>
        <source>&amp;Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminExams</name>
    <message>
        <location filename="../../ui/admin_exams.ui" line="13"/>
        <source>Catalogue des examens et concours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_exams.ui" line="18"/>
        <source>Ce que chaque examen propose aux candidats (séries, spécialités, options, langues) et les pièces justificatives qu&apos;il demande. Une valeur déjà choisie par un candidat ne peut plus être retirée ; une pièce demandée peut devenir facultative mais reste dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_exams.ui" line="38"/>
        <location filename="../../ui/admin_exams.ui" line="140"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_exams.ui" line="39"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_exams.ui" line="40"/>
        <source>Examen ou concours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_exams.ui" line="62"/>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_exams.ui" line="65"/>
        <source>BAC-GEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_exams.ui" line="68"/>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_exams.ui" line="74"/>
        <source>&amp;Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_exams.ui" line="77"/>
        <source>Baccalauréat général</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_exams.ui" line="80"/>
        <source>&amp;Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_exams.ui" line="83"/>
        <source>IV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_exams.ui" line="86"/>
        <source>Spécialités e&amp;xigées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_exams.ui" line="94"/>
        <source>Une valeur par ligne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_exams.ui" line="101"/>
        <source>&amp;Séries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_exams.ui" line="104"/>
        <source>S&amp;pécialités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_exams.ui" line="113"/>
        <source>&amp;Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_exams.ui" line="116"/>
        <source>&amp;Langues vivantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_exams.ui" line="128"/>
        <source>Pièces justificatives demandées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_exams.ui" line="141"/>
        <source>Pièce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_exams.ui" line="142"/>
        <source>Obligatoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_exams.ui" line="148"/>
        <source>Ajouter une &amp;pièce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_exams.ui" line="151"/>
        <source>Double-cliquez sur un code ou un intitulé pour le modifier ; décochez « Obligatoire » pour rendre une pièce facultative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_exams.ui" line="168"/>
        <source>&amp;Nouvel examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_exams.ui" line="177"/>
        <source>Annuler les &amp;modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_exams.ui" line="180"/>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_exams.ui" line="200"/>
        <source>&amp;Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminJournal</name>
    <message>
        <location filename="../../ui/admin_journal.ui" line="13"/>
        <source>Journal d&apos;audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_journal.ui" line="18"/>
        <source>Chaque changement, qui l&apos;a fait, quand, avec l&apos;ancienne et la nouvelle valeur ; les plus récents d&apos;abord. Les événements sont chaînés par empreinte : « Vérifier l&apos;intégrité » détecte toute modification, suppression ou insertion après coup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_journal.ui" line="26"/>
        <source>&amp;Personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_journal.ui" line="32"/>
        <source>A&amp;ction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_journal.ui" line="38"/>
        <source>N° de ca&amp;ndidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_journal.ui" line="41"/>
        <source>candidat ou inscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_journal.ui" line="44"/>
        <source>&amp;Du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_journal.ui" line="47"/>
        <location filename="../../ui/admin_journal.ui" line="53"/>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_journal.ui" line="50"/>
        <source>A&amp;u</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_journal.ui" line="64"/>
        <source>&amp;Effacer les filtres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_journal.ui" line="67"/>
        <source>&amp;Filtrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_journal.ui" line="100"/>
        <source>&amp;Vérifier l&apos;intégrité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_journal.ui" line="103"/>
        <source>E&amp;xporter en CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminLists</name>
    <message>
        <location filename="../../ui/admin_lists.ui" line="13"/>
        <source>Listes et exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_lists.ui" line="18"/>
        <source>Les listes s&apos;affichent page par page ; l&apos;export CSV (UTF-8, séparateur « ; », en-têtes en français) contient toute la liste. Une valeur qu&apos;un tableur prendrait pour une formule y est précédée d&apos;une apostrophe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_lists.ui" line="26"/>
        <source>&amp;Liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_lists.ui" line="32"/>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_lists.ui" line="38"/>
        <source>&amp;Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_lists.ui" line="44"/>
        <source>S&amp;tatut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_lists.ui" line="83"/>
        <source>&amp;Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_lists.ui" line="86"/>
        <source>&amp;Exporter en CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminSessions</name>
    <message>
        <location filename="../../ui/admin_sessions.ui" line="13"/>
        <source>Sessions, ouverture des services et épreuves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessions.ui" line="18"/>
        <source>L&apos;espace candidat ouvre chaque service d&apos;une session (inscriptions, modifications, documents, résultats) aux dates indiquées ici, en heure locale. Un calendrier qui laisserait des candidats déjà inscrits hors délai est refusé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessions.ui" line="44"/>
        <source>Examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessions.ui" line="45"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessions.ui" line="46"/>
        <source>Académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessions.ui" line="48"/>
        <source>Inscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessions.ui" line="49"/>
        <source>Modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessions.ui" line="50"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessions.ui" line="51"/>
        <source>Résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessions.ui" line="47"/>
        <source>Aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessions.ui" line="57"/>
        <source>&amp;Nouvelle session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessions.ui" line="60"/>
        <source>Modifier le &amp;calendrier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessions.ui" line="69"/>
        <source>&amp;Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessions.ui" line="76"/>
        <source>Épreuves de la session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessions.ui" line="88"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessions.ui" line="89"/>
        <source>Épreuve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessions.ui" line="90"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessions.ui" line="91"/>
        <source>Heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessions.ui" line="92"/>
        <source>Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessions.ui" line="93"/>
        <source>Coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessions.ui" line="99"/>
        <source>Ajouter une é&amp;preuve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessions.ui" line="102"/>
        <source>Modifier l&apos;épre&amp;uve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessions.ui" line="105"/>
        <source>&amp;Supprimer l&apos;épreuve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessions.ui" line="114"/>
        <source>Heures locales du centre, imprimées telles quelles sur les convocations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminStaff</name>
    <message>
        <location filename="../../ui/admin_staff.ui" line="13"/>
        <source>Comptes du personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_staff.ui" line="18"/>
        <source>Chaque membre du service se connecte avec son propre compte ; son rôle décide de ce qu&apos;il peut faire. Un compte n&apos;est jamais supprimé : il est désactivé, et le journal garde ses actions. Il reste toujours au moins un gestionnaire actif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_staff.ui" line="34"/>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_staff.ui" line="35"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_staff.ui" line="36"/>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_staff.ui" line="37"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_staff.ui" line="38"/>
        <source>Dernière connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_staff.ui" line="44"/>
        <source>&amp;Nouveau compte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_staff.ui" line="47"/>
        <source>&amp;Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_staff.ui" line="53"/>
        <source>&amp;Changer le rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_staff.ui" line="56"/>
        <source>&amp;Désactiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_staff.ui" line="59"/>
        <source>Réinitialiser le &amp;mot de passe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_staff.ui" line="68"/>
        <source>&amp;Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminSupporting</name>
    <message>
        <location filename="../../ui/admin_supporting.ui" line="13"/>
        <source>Pièces justificatives reçues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_supporting.ui" line="18"/>
        <source>Les candidatures actives à qui il manque au moins une pièce obligatoire. Cochez une pièce dès sa réception : la candidature quitte la liste quand toutes ses pièces obligatoires sont arrivées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_supporting.ui" line="24"/>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_supporting.ui" line="36"/>
        <source>&amp;Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentPage</name>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/assignment.py" line="40"/>
        <source>N° d&apos;inscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/assignment.py" line="40"/>
        <source>Candidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/assignment.py" line="40"/>
        <source>Code postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/assignment.py" line="40"/>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/assignment.py" line="41"/>
        <source>Salle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/assignment.py" line="42"/>
        <source>(non affectée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/assignment.py" line="43"/>
        <source>Lecture des candidatures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/assignment.py" line="65"/>
        <source>Affectation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/assignment.py" line="75"/>
        <source>Lecture des sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/assignment.py" line="93"/>
        <source>Lecture des centres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/assignment.py" line="103"/>
        <source>%1 centre(s) : %2 places, %3 candidat(s) affecté(s), %4 place(s) libre(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/assignment.py" line="106"/>
        <source>Aucun centre dans l&apos;académie de cette session : créez-en un (Gestion › Centres d&apos;examen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/assignment.py" line="110"/>
        <source>%1 — %2 place(s) libre(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/assignment.py" line="129"/>
        <source>Aucune candidature ne correspond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/assignment.py" line="131"/>
        <source>%1 premières candidatures — faites défiler pour la suite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/assignment.py" line="133"/>
        <source>%1 candidature(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/assignment.py" line="153"/>
        <source>Choisissez une session qui a des centres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/assignment.py" line="154"/>
        <source>Affecter tous les candidats inscrits non encore affectés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/assignment.py" line="157"/>
        <source>Choisissez d&apos;abord une candidature dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/assignment.py" line="169"/>
        <source>Affectation en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/assignment.py" line="173"/>
        <source>Affectation automatique des candidats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/assignment.py" line="187"/>
        <source>Candidature n° %1 (%2) affectée à %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/assignment.py" line="189"/>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/assignment.py" line="192"/>
        <source>Affectation…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="112"/>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="165"/>
        <source>Tous les centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="137"/>
        <source>Lecture des sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="147"/>
        <source>Aucune session n&apos;est paramétrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="172"/>
        <source>Lecture des centres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="182"/>
        <source>%1 — %2 candidat(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="207"/>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="211"/>
        <source>Décompte des candidatures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="223"/>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="271"/>
        <source>Aucune candidature inscrite dans cette sélection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="225"/>
        <source>%1 candidature(s) inscrite(s) ; %2 ont déjà leur %3 en vigueur (elles ne seront republiées que si leurs données ont changé).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="229"/>
        <source>%1 n&apos;ont pas encore de centre d&apos;examen : leur convocation ne peut pas être éditée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="233"/>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="343"/>
        <source>terminé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="233"/>
        <source>interrompu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="233"/>
        <source>en échec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="234"/>
        <source>en cours ou arrêté brutalement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="235"/>
        <source>Dernier lot sur cette sélection : %1 le %2 par %3 (%4 / %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="240"/>
        <source>« Publier » reprend ce lot sans doublon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="263"/>
        <source>Un lot est en cours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="265"/>
        <source>Impression en cours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="267"/>
        <source>Choisissez une session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="269"/>
        <source>Décompte des candidatures en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="273"/>
        <source>Publier la version à jour du document pour chaque candidature de la sélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="275"/>
        <source>Arrêter après les documents en cours ; « Publier » reprendra sans doublon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="279"/>
        <source>Aucun document de ce type n&apos;est encore publié dans cette sélection : publiez d&apos;abord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="281"/>
        <source>Un seul PDF des documents en vigueur, trié par centre puis par nom, pour l&apos;imprimeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="283"/>
        <source>Imprimer directement les documents en vigueur de la sélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="284"/>
        <source>Un lot en cours sera d&apos;abord interrompu proprement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="292"/>
        <source>Aucun lot lancé depuis l&apos;ouverture de cette fenêtre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="307"/>
        <source>Préparation du lot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="328"/>
        <source>Arrêt demandé : les documents en cours de rendu se terminent et sont enregistrés, puis le lot s&apos;arrête.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="341"/>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="359"/>
        <source>%1 documents/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="342"/>
        <source>temps restant : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="347"/>
        <source>%1 publié(s) · %2 déjà à jour · %3 en erreur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="360"/>
        <source>durée : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="364"/>
        <source>Lot interrompu (%1) : %2 document(s) publié(s) sur %3 avant l&apos;arrêt. Relancez « Publier » pour reprendre : ce qui est déjà publié ne sera pas refait, sans doublon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="369"/>
        <source>Lot terminé (%1) : %2 document(s) publié(s), %3 déjà à jour, %4 en erreur, sur %5 candidature(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="374"/>
        <source>Les candidats sont prévenus par e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="377"/>
        <source>Vous pouvez maintenant enregistrer le PDF pour l&apos;imprimeur ou imprimer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="388"/>
        <source>Lecture des candidatures en erreur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="393"/>
        <source>%1 document(s) en erreur ; les %2 premiers sont listés. Corrigez les données puis relancez « Publier » : seuls les documents manquants ou changés seront publiés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="398"/>
        <source>Corrigez les données puis relancez « Publier » : seuls les documents manquants ou changés seront publiés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="421"/>
        <source> après %1 document(s) traités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="422"/>
        <source>Le lot s&apos;est arrêté sur une erreur%1. Ce qui a été publié le reste ; relancez « Publier » pour reprendre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="452"/>
        <source>Enregistrer le PDF pour l&apos;imprimeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="453"/>
        <source>Document PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="463"/>
        <source>Assemblage du PDF pour l&apos;imprimeur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="465"/>
        <source>Aucun document de ce type n&apos;est publié dans cette sélection : rien à assembler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="488"/>
        <source>PDF enregistré : %1 — %2 document(s), %3 page(s), %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="492"/>
        <source>%1 candidature(s) sans document en vigueur n&apos;y figurent pas : publiez-les puis enregistrez à nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="501"/>
        <source>Enregistrement impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="502"/>
        <source>Le fichier n&apos;a pas pu être écrit : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="524"/>
        <source>Impression arrêtée après %1 page(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="525"/>
        <source>%1 page(s) envoyée(s) à l&apos;imprimante.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="527"/>
        <source>%1 candidature(s) sans document en vigueur n&apos;ont pas été imprimées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="566"/>
        <source>Impression en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="567"/>
        <source>Attendez la fin de l&apos;envoi à l&apos;imprimante, ou arrêtez-le, avant de fermer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="569"/>
        <source>Lot en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="570"/>
        <source>Un lot est en cours de publication. L&apos;interrompre ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="573"/>
        <source>Les documents en cours de rendu sont terminés et enregistrés ; « Publier » reprendra plus tard sans doublon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="575"/>
        <source>&amp;Interrompre le lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/batch.py" line="577"/>
        <source>&amp;Continuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch.ui" line="9"/>
        <location filename="../../ui/batch.ui" line="19"/>
        <source>Publication par lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch.ui" line="26"/>
        <source>Génère et publie la version à jour d&apos;un document pour chaque candidature inscrite de la sélection, puis prépare un PDF unique pour l&apos;imprimeur, trié par centre puis par nom. Un lot interrompu reprend là où il s&apos;était arrêté, sans doublon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch.ui" line="31"/>
        <source>Sélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch.ui" line="37"/>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch.ui" line="49"/>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch.ui" line="58"/>
        <source>&amp;Centre d&apos;examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch.ui" line="79"/>
        <source>Avancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch.ui" line="85"/>
        <source>%p %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch.ui" line="132"/>
        <source>Documents en erreur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch.ui" line="143"/>
        <source>Candidature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch.ui" line="144"/>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch.ui" line="166"/>
        <source>&amp;Publier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch.ui" line="171"/>
        <source>&amp;Annuler le lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch.ui" line="182"/>
        <source>&amp;Enregistrer le PDF pour l&apos;imprimeur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch.ui" line="187"/>
        <source>&amp;Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch.ui" line="192"/>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateFile</name>
    <message>
        <location filename="../../ui/candidatefile.ui" line="33"/>
        <source>Chargement du dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="59"/>
        <source>&amp;Recharger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="60"/>
        <source>Relire le dossier depuis la base (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="76"/>
        <source>&amp;Identité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="90"/>
        <source>&amp;Corriger l&apos;identité…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="110"/>
        <source>C&amp;ompte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="119"/>
        <source>Adresse e-mail (identifiant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="125"/>
        <source>État du compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="131"/>
        <source>Créé le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="137"/>
        <source>Activé le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="143"/>
        <source>Dernière utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="149"/>
        <source>Académie de résidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="155"/>
        <source>Dernière modification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="172"/>
        <source>Changer l&apos;adresse &amp;e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="177"/>
        <source>Envoyer un &amp;lien de réinitialisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="197"/>
        <source>C&amp;andidatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="213"/>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="225"/>
        <source>Candidature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="226"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="227"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="228"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="229"/>
        <source>Publié le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="230"/>
        <location filename="../../ui/candidatefile.ui" line="289"/>
        <source>Par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="231"/>
        <source>Code de vérification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="238"/>
        <source>&amp;Aperçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="243"/>
        <source>&amp;Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="248"/>
        <source>Enre&amp;gistrer sous…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="259"/>
        <source>&amp;Publier un document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="269"/>
        <source>Seule la dernière version de chaque document est visible par le candidat ; les versions remplacées restent consultables ici.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="275"/>
        <source>&amp;Historique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="288"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="290"/>
        <source>Événement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="291"/>
        <source>Détail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="292"/>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidatefile.ui" line="298"/>
        <source>Extrait du journal d&apos;audit : chaque changement, avec l&apos;ancienne et la nouvelle valeur, son auteur et sa date. Le journal ne peut pas être modifié.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateFileWidget</name>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="106"/>
        <source>Lecture du dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="114"/>
        <source>Dossier introuvable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="137"/>
        <source>Dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="152"/>
        <source>  (né·e %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="154"/>
        <source>Candidat n° %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="155"/>
        <source>né·e le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="159"/>
        <source>INE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="175"/>
        <source>Identité encore modifiable par le candidat : il n&apos;a enregistré aucune inscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="205"/>
        <source>État civil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="207"/>
        <source>Coordonnées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="215"/>
        <source>(aucune : inscrit par son établissement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="219"/>
        <source>pas encore activé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="223"/>
        <source>%1 par %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="228"/>
        <source>Le candidat n&apos;a pas encore cliqué sur « Activer mon compte » : sans activation dans les 48 heures, le compte sera supprimé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="230"/>
        <source>Ce compte remplit une condition de suppression (non activé sous 48 h, ou inutilisé depuis plus d&apos;un an) : il sera supprimé à la prochaine purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="232"/>
        <source>Inscrit par son établissement : ce candidat n&apos;a pas créé de compte candidat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="249"/>
        <source>Aucune candidature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="255"/>
        <source>C&amp;andidatures (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="281"/>
        <source>non affecté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="283"/>
        <source>salle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="286"/>
        <source>N° d&apos;inscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="287"/>
        <source>Voie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="288"/>
        <source>Série</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="289"/>
        <source>Spécialités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="290"/>
        <source>Langues vivantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="291"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="292"/>
        <source>Centre d&apos;examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="293"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="293"/>
        <source>%1 — modifiée le %2 par %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="295"/>
        <source>Enregistrée le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="298"/>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="318"/>
        <source>Aménagements : non affichés. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="322"/>
        <source>Aménagements accordés :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="324"/>
        <source>Aménagements : aucun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="333"/>
        <source>%1 — reçue le %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="335"/>
        <source>%1 — manquante%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="336"/>
        <source> (obligatoire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="337"/>
        <source>Pièces justificatives :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="337"/>
        <source> aucune demandée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="343"/>
        <source>Une désinscription est définitive : pour concourir, le candidat doit s&apos;inscrire à nouveau, si le service d&apos;inscription est encore ouvert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="349"/>
        <source>Écarter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="352"/>
        <source>Écarter cette candidature (motif et mot de passe demandés)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="353"/>
        <source>Cette candidature est déjà écartée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="355"/>
        <source>Désinscrire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="359"/>
        <source>Désinscrire le candidat de cette session (définitif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="376"/>
        <source>En vigueur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="379"/>
        <source>Remplacée (v%1 en vigueur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="379"/>
        <source>Remplacée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="389"/>
        <source>&amp;Documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="400"/>
        <source>Candidature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="404"/>
        <source>Aucune candidature active : aucun document ne peut être publié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="406"/>
        <source>Générer et publier la version à jour d&apos;un document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="426"/>
        <source>&amp;Historique (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="432"/>
        <source>Le dossier est en cours de lecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="434"/>
        <source>Corriger l&apos;état civil ou les coordonnées (motif et mot de passe demandés)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="437"/>
        <source>Changer l&apos;adresse de connexion du candidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="438"/>
        <source>Ce candidat, inscrit par son établissement, n&apos;a pas de compte ni d&apos;adresse e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="441"/>
        <source>Envoyer au candidat un lien pour choisir un nouveau mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="457"/>
        <source>Sélectionnez un document dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="462"/>
        <source>Afficher le document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="463"/>
        <source>Imprimer le document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="464"/>
        <source>Enregistrer le PDF sur ce poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="486"/>
        <source>Correction enregistrée (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="488"/>
        <source>Récapitulatif réédité pour la candidature %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="489"/>
        <source>Le candidat est prévenu par e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="499"/>
        <source>Adresse e-mail changée : %1 est désormais l&apos;identifiant du candidat ; l&apos;ancienne et la nouvelle adresse sont prévenues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="508"/>
        <source>Lien de réinitialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="509"/>
        <source>Envoyer à %1 un lien pour choisir un nouveau mot de passe ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="512"/>
        <source>Le lien est valable 24 heures. Le mot de passe actuel reste valable tant que le candidat n&apos;en a pas choisi un autre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="514"/>
        <source>&amp;Envoyer le lien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="516"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="532"/>
        <source>Lien de réinitialisation envoyé à %1 (valable 24 heures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="534"/>
        <source>Envoi du lien…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="558"/>
        <source>%1 publié (version %2, code %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="559"/>
        <source>%1 déjà à jour : la version %2 (code %3) reste en vigueur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="563"/>
        <source>Publication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="570"/>
        <source>Lecture du document…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentreDialog</name>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/centres.py" line="38"/>
        <location filename="../../cyclades_desktop/gui/admin/centres.py" line="39"/>
        <location filename="../../ui/admin_centredialog.ui" line="14"/>
        <source>Nouveau centre d&apos;examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/centres.py" line="44"/>
        <source>Modifier le centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/centres.py" line="45"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/centres.py" line="50"/>
        <source>Le code UAI identifie l&apos;établissement : il ne change pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/centres.py" line="65"/>
        <source>Créez d&apos;abord l&apos;académie du centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/centres.py" line="67"/>
        <source>Centre « %1 » créé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/centres.py" line="69"/>
        <source>Création du centre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/centres.py" line="72"/>
        <source>Centre « %1 » enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/centres.py" line="74"/>
        <source>Enregistrement du centre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_centredialog.ui" line="6"/>
        <source>Centre d&apos;examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_centredialog.ui" line="20"/>
        <source>&amp;Académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_centredialog.ui" line="24"/>
        <source>Code &amp;UAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_centredialog.ui" line="27"/>
        <source>0442286W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_centredialog.ui" line="30"/>
        <source>&amp;Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_centredialog.ui" line="33"/>
        <source>Lycée Gabriel-Guist&apos;hau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_centredialog.ui" line="36"/>
        <source>A&amp;dresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_centredialog.ui" line="39"/>
        <source>3 rue Marie-Anne du Boccage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_centredialog.ui" line="42"/>
        <source>&amp;Ville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_centredialog.ui" line="45"/>
        <source>Nantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_centredialog.ui" line="48"/>
        <source>Dé&amp;partement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_centredialog.ui" line="51"/>
        <source>44</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_centredialog.ui" line="54"/>
        <source>&amp;Capacité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_centredialog.ui" line="57"/>
        <source> places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_centredialog.ui" line="62"/>
        <source>Le département sert à l&apos;affectation automatique : les candidats sont d&apos;abord placés dans un centre de leur département.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentresPage</name>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/centres.py" line="113"/>
        <source>Centres d&apos;examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/centres.py" line="122"/>
        <source>Lecture des centres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/centres.py" line="126"/>
        <source>Toutes les académies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/centres.py" line="134"/>
        <source>%1 centre(s), %2 places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/centres.py" line="142"/>
        <source>Choisissez d&apos;abord un centre dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/centres.py" line="170"/>
        <source>Centre %1 supprimé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/centres.py" line="172"/>
        <source>Suppression du centre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/centres.py" line="175"/>
        <source>Supprimer un centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/centres.py" line="176"/>
        <source>Supprimer le centre %1 — %2 ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/centres.py" line="177"/>
        <source>Pour un centre créé par erreur : seul un centre auquel aucun candidat n&apos;est affecté peut être supprimé. La suppression est inscrite au journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/centres.py" line="179"/>
        <source>&amp;Supprimer le centre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="77"/>
        <source>Corriger l&apos;identité de %1 (candidat n° %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="81"/>
        <source>%1 Chaque correction est journalisée avec son motif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="84"/>
        <source>Le candidat peut encore modifier lui-même son identité ; la correction par le service des examens est journalisée avec son motif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="120"/>
        <source>jj/mm/aaaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="178"/>
        <source>Aucune donnée n&apos;a changé : modifiez au moins un champ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="189"/>
        <source>Vérification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="193"/>
        <source>Ces valeurs sont déjà celles du dossier : rien à corriger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="199"/>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="200"/>
        <source>(vide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="208"/>
        <source>Motif : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="217"/>
        <source>Saisissez votre mot de passe pour confirmer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="225"/>
        <source>Enregistrement de la correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction.ui" line="9"/>
        <location filename="../../ui/correction.ui" line="19"/>
        <source>Corriger l&apos;identité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction.ui" line="50"/>
        <source>&amp;Motif de la correction (obligatoire, conservé au journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction.ui" line="58"/>
        <source>ex. : erreur de saisie du nom, constatée sur la pièce d&apos;identité présentée le 2 novembre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction.ui" line="71"/>
        <source>Vérifiez les changements avant de les enregistrer :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction.ui" line="84"/>
        <source>Donnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction.ui" line="85"/>
        <source>Avant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction.ui" line="86"/>
        <source>Après</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction.ui" line="98"/>
        <source>La correction sera inscrite au journal, le candidat en sera informé par e-mail et son récapitulatif d&apos;inscription sera réédité.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction.ui" line="105"/>
        <source>Votre &amp;mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction.ui" line="112"/>
        <source>pour confirmer la correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction.ui" line="131"/>
        <source>&lt; &amp;Retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction.ui" line="142"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction.ui" line="147"/>
        <source>&amp;Vérifier les changements &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction.ui" line="153"/>
        <source>&amp;Enregistrer la correction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabasePasswordDialog</name>
    <message>
        <location filename="../../cyclades_desktop/gui/startup.py" line="72"/>
        <source>Se &amp;connecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/startup.py" line="73"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dbpassword.ui" line="9"/>
        <source>Connexion à la base partagée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dbpassword.ui" line="16"/>
        <source>Le serveur PostgreSQL demande un mot de passe pour ce poste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dbpassword.ui" line="22"/>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dbpassword.ui" line="29"/>
        <source>&amp;Utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dbpassword.ui" line="38"/>
        <source>&amp;Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dbpassword.ui" line="49"/>
        <source>Se &amp;souvenir de moi sur ce poste</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/__init__.py" line="44"/>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/__init__.py" line="48"/>
        <source>Publication par &amp;lots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/__init__.py" line="50"/>
        <source>&amp;Vérifier un document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/__init__.py" line="52"/>
        <source>&amp;Importer des notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/__init__.py" line="55"/>
        <source>&amp;Aménagement pour le candidat affiché…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/__init__.py" line="57"/>
        <source>Lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/__init__.py" line="58"/>
        <source>Vérifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/__init__.py" line="102"/>
        <source>Publier, puis imprimer, un document pour toute une session ou un centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/__init__.py" line="104"/>
        <source>Dire à qui appartient un document d&apos;après son code de vérification, et s&apos;il est toujours en vigueur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/__init__.py" line="107"/>
        <source>Importer les notes et décisions d&apos;une session depuis un fichier CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/__init__.py" line="115"/>
        <source>Ouvrez d&apos;abord le dossier d&apos;un candidat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/__init__.py" line="117"/>
        <source>Ce candidat n&apos;a aucune candidature active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/__init__.py" line="119"/>
        <source>Enregistrer un aménagement d&apos;épreuves accordé à une candidature du candidat affiché</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/common.py" line="323"/>
        <source>Enregistrement…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="271"/>
        <source>Changer l&apos;adresse e-mail de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="273"/>
        <source>(aucune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="276"/>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="294"/>
        <source>Changement d&apos;adresse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email.ui" line="9"/>
        <location filename="../../ui/email.ui" line="19"/>
        <source>Changer l&apos;adresse e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email.ui" line="26"/>
        <source>L&apos;adresse e-mail est l&apos;identifiant de connexion du candidat : la nouvelle adresse le remplace dès l&apos;enregistrement. L&apos;ancienne et la nouvelle adresse sont prévenues par e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email.ui" line="33"/>
        <source>Adresse actuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email.ui" line="40"/>
        <source>&amp;Nouvelle adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email.ui" line="46"/>
        <source>prenom.nom@exemple.fr</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="162"/>
        <source>Journal : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="164"/>
        <source>Aucun fichier journal n&apos;est configuré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errordialog.ui" line="9"/>
        <source>Erreur inattendue — Cyclades Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errordialog.ui" line="25"/>
        <source>Une erreur inattendue s&apos;est produite. L&apos;opération en cours n&apos;a peut-être pas abouti : vérifiez le dossier concerné avant de recommencer. Les détails ont été enregistrés dans le journal ; transmettez-les à l&apos;assistance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errordialog.ui" line="52"/>
        <source>&amp;Copier les détails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errordialog.ui" line="57"/>
        <source>&amp;Ouvrir le dossier des journaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errordialog.ui" line="68"/>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamsPage</name>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/exams.py" line="20"/>
        <source>Examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/exams.py" line="20"/>
        <source>Concours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/exams.py" line="70"/>
        <source>Examens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/exams.py" line="76"/>
        <source>Lecture du catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/exams.py" line="87"/>
        <source>%1 examen(s) ou concours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/exams.py" line="119"/>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/exams.py" line="119"/>
        <source>&amp;Créer l&apos;examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/exams.py" line="128"/>
        <source>Le code d&apos;une pièce déjà demandée ne change pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/exams.py" line="132"/>
        <source>Cochée : la candidature reste incomplète tant que la pièce n&apos;est pas reçue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/exams.py" line="175"/>
        <source>Examen « %1 » créé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/exams.py" line="180"/>
        <source>Examen « %1 » enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/common.py" line="372"/>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="92"/>
        <source>Tout le monde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="93"/>
        <source>identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="94"/>
        <source>Toutes les actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="104"/>
        <source>N°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="104"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="104"/>
        <source>Auteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="104"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="104"/>
        <source>Objet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="105"/>
        <source>Détail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="105"/>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="105"/>
        <source>N° de candidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="108"/>
        <source>Lecture du journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="123"/>
        <source>Journal d&apos;audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="128"/>
        <source>Lecture du personnel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="168"/>
        <source>La date de début est postérieure à la date de fin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="175"/>
        <source>Recherche du candidat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="202"/>
        <source>Aucun événement ne correspond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="204"/>
        <source>%1 événements les plus récents affichés — faites défiler pour remonter le temps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="207"/>
        <source>%1 événement(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="209"/>
        <source>(filtres appliqués)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="217"/>
        <source>Exporter le journal en CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="226"/>
        <source>%1 événement(s) exporté(s) dans %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="229"/>
        <source>Export du journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="236"/>
        <source>Vérification de la chaîne d&apos;empreintes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="239"/>
        <source>Vérification de l&apos;intégrité du journal…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/lists.py" line="39"/>
        <source>Candidats (par centre et par statut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/lists.py" line="41"/>
        <source>Pièces justificatives manquantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/lists.py" line="43"/>
        <source>Aménagements par centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/lists.py" line="73"/>
        <source>Tous les statuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/lists.py" line="77"/>
        <source>Lecture de la liste…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/lists.py" line="91"/>
        <source>Listes et exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/lists.py" line="117"/>
        <source>Lecture des sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/lists.py" line="127"/>
        <location filename="../../cyclades_desktop/gui/admin/lists.py" line="136"/>
        <source>Tous les centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/lists.py" line="131"/>
        <source>Lecture des centres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/lists.py" line="178"/>
        <source>Liste vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/lists.py" line="180"/>
        <source>%1 premières lignes affichées — faites défiler pour la suite ; l&apos;export contient toute la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/lists.py" line="183"/>
        <source>%1 ligne(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/lists.py" line="197"/>
        <source>Exporter la liste en CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/lists.py" line="226"/>
        <source>%1 ligne(s) exportée(s) dans %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/lists.py" line="228"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockWidget</name>
    <message>
        <location filename="../../cyclades_desktop/gui/lock.py" line="94"/>
        <source>%1
Session de %2 : saisissez votre mot de passe pour reprendre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.ui" line="38"/>
        <source>Session verrouillée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.ui" line="52"/>
        <source>Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.ui" line="63"/>
        <source>&amp;Déverrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.ui" line="71"/>
        <source>&amp;Changer d&apos;utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.ui" line="76"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="45"/>
        <location filename="../../ui/mainwindow.ui" line="9"/>
        <source>Cyclades Desktop — Service des examens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="47"/>
        <source> — base de démonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="85"/>
        <source>Session verrouillée à votre demande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="115"/>
        <source>Base de démonstration (données fictives)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="121"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="122"/>
        <source>Connecté·e en tant que %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="123"/>
        <source>Base : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="132"/>
        <source>Traitement en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="176"/>
        <source>Toutes les sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="177"/>
        <source>Tous les examens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="178"/>
        <source>Tous les statuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="179"/>
        <source>Toutes les académies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="194"/>
        <source>Session verrouillée après %1 minute(s) d&apos;inactivité.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="230"/>
        <source>Lecture des sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="252"/>
        <source>Recherche…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="254"/>
        <source>Aucun candidat ne correspond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="256"/>
        <source>Tapez au moins 3 lettres pour chercher aussi les orthographes approchantes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="258"/>
        <source>%1 premiers candidats affichés — faites défiler pour voir la suite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="260"/>
        <source>%1 candidat(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="260"/>
        <source>1 candidat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="263"/>
        <source>(filtres appliqués)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="287"/>
        <source>Tri par « %1 » des résultats chargés — menu Recherche › Ordre de pertinence pour revenir à l&apos;ordre de la recherche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="375"/>
        <source>Ouvrez d&apos;abord le dossier d&apos;un candidat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="377"/>
        <source>Corriger l&apos;identité du candidat affiché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="379"/>
        <source>Changer l&apos;adresse e-mail du candidat affiché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="380"/>
        <source>Ce candidat, inscrit par son établissement, n&apos;a pas de compte ni d&apos;adresse e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="383"/>
        <source>Envoyer au candidat affiché un lien de réinitialisation du mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="411"/>
        <source>Vérification du mot de passe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="420"/>
        <source>Trop d&apos;essais de mot de passe : la session a été fermée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="422"/>
        <source>Mot de passe incorrect (essai %1 sur %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="469"/>
        <source>À propos de Cyclades Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="470"/>
        <source>&lt;h3&gt;Cyclades Desktop %1&lt;/h3&gt;&lt;p&gt;Poste de travail du service des examens : recherche des candidats, corrections d&apos;identité, désinscriptions et documents officiels, sur la base partagée avec l&apos;espace candidat.&lt;/p&gt;&lt;p&gt;Base : %2&lt;br&gt;Journal : %3&lt;/p&gt;&lt;p&gt;Licence EUPL-1.2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="32"/>
        <source>Recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="44"/>
        <source>Nom (même mal orthographié), prénom, n° de candidat ou d&apos;inscription, INE, e-mail, date de naissance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="46"/>
        <source>Rechercher un candidat (Ctrl+F). Flèche bas pour aller aux résultats, Entrée pour ouvrir le dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="52"/>
        <source>Tous les candidats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="62"/>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="75"/>
        <source>E&amp;xamen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="88"/>
        <source>S&amp;tatut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="101"/>
        <source>A&amp;cadémie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="114"/>
        <source>Effacer les filtres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="171"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="178"/>
        <source>&amp;Recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="184"/>
        <source>&amp;Candidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="195"/>
        <source>&amp;Outils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="199"/>
        <source>&amp;Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="211"/>
        <source>Barre d&apos;outils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="228"/>
        <source>&amp;Verrouiller la session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="229"/>
        <source>Verrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="230"/>
        <source>Verrouiller la session (Ctrl+L) : le mot de passe sera demandé pour reprendre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="231"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="234"/>
        <source>&amp;Changer d&apos;utilisateur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="237"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="238"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="241"/>
        <source>&amp;Rechercher un candidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="242"/>
        <source>Rechercher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="243"/>
        <source>Aller au champ de recherche (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="244"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="247"/>
        <source>&amp;Effacer les filtres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="248"/>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="251"/>
        <source>&amp;Ordre de pertinence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="252"/>
        <source>Revenir à l&apos;ordre de la recherche (meilleures correspondances d&apos;abord)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="255"/>
        <source>&amp;Ouvrir le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="256"/>
        <source>Ouvrir le dossier du candidat sélectionné (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="259"/>
        <source>&amp;Recharger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="260"/>
        <source>Relire les données depuis la base (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="261"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="264"/>
        <source>&amp;Corriger l&apos;identité…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="265"/>
        <source>Corriger l&apos;identité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="268"/>
        <source>Changer l&apos;adresse &amp;e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="269"/>
        <source>Changer l&apos;e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="272"/>
        <source>Envoyer un &amp;lien de réinitialisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="273"/>
        <source>Lien de réinitialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="276"/>
        <source>&amp;Fermer le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="277"/>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="280"/>
        <source>&amp;Préférences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="283"/>
        <source>Ouvrir le dossier des &amp;journaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="286"/>
        <source>À &amp;propos de Cyclades Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarksImportDialog</name>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/marks.py" line="89"/>
        <source>Lecture des sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/marks.py" line="113"/>
        <source>Import en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/marks.py" line="115"/>
        <source>Choisissez une session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/marks.py" line="117"/>
        <source>Choisissez le fichier CSV des notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/marks.py" line="119"/>
        <source>Vérifier toutes les lignes puis importer les notes (tout ou rien)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/marks.py" line="126"/>
        <source>Fichier des notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/marks.py" line="127"/>
        <source>Fichier CSV (*.csv *.txt);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/marks.py" line="137"/>
        <source>%1, modifié le %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/marks.py" line="151"/>
        <source>Lecture et vérification de chaque ligne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/marks.py" line="162"/>
        <source>Import des notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/marks.py" line="171"/>
        <source>Import réussi : %1 note(s) importée(s) pour %2 candidature(s), %3 décision(s) enregistrée(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/marks.py" line="174"/>
        <source>Fichier lu en %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/marks.py" line="175"/>
        <source>Publiez ensuite les relevés de notes (menu Documents › Publication par lots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/marks.py" line="183"/>
        <source>Rien n&apos;a été importé : %1 ligne(s) en erreur. Corrigez le fichier puis importez-le à nouveau ; aucune note n&apos;est enregistrée tant qu&apos;une seule ligne est refusée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/marks.py" line="187"/>
        <source>Rien n&apos;a été importé : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/marks.py" line="189"/>
        <source>Rien n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/marks.ui" line="9"/>
        <location filename="../../ui/marks.ui" line="19"/>
        <source>Importer des notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/marks.ui" line="27"/>
        <source>Un fichier CSV par session (séparateur « ; » ou « , »), avec les colonnes &lt;b&gt;numero_inscription&lt;/b&gt;, &lt;b&gt;epreuve&lt;/b&gt; (code de l&apos;épreuve) et &lt;b&gt;note&lt;/b&gt; (sur 20, ou ABS), et au besoin &lt;b&gt;conservee&lt;/b&gt; (oui/non), &lt;b&gt;decision&lt;/b&gt; et &lt;b&gt;mention&lt;/b&gt;. Tout ou rien : si une seule ligne est en erreur, aucune note n&apos;est importée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/marks.ui" line="36"/>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/marks.ui" line="48"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/marks.ui" line="58"/>
        <source>aucun fichier choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/marks.ui" line="63"/>
        <source>&amp;Choisir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/marks.ui" line="91"/>
        <source>Ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/marks.ui" line="92"/>
        <source>Motif du refus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/marks.ui" line="111"/>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/marks.ui" line="116"/>
        <source>&amp;Importer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissingModel</name>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/supporting.py" line="55"/>
        <source>reçue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/supporting.py" line="55"/>
        <source>manquante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/supporting.py" line="56"/>
        <source>facultative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="195"/>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="196"/>
        <location filename="../../ui/admin_paperdialog.ui" line="14"/>
        <source>Nouvelle épreuve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="199"/>
        <source>Modifier l&apos;épreuve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="191"/>
        <source>%1.
L&apos;heure est celle du centre d&apos;examen : elle est imprimée telle quelle sur les convocations ; le centre et la salle viennent de l&apos;affectation de chaque candidat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="200"/>
        <source>Épreuve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="216"/>
        <source>Épreuve « %1 » enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="220"/>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="224"/>
        <source>Enregistrement de l&apos;épreuve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_paperdialog.ui" line="6"/>
        <source>Épreuve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_paperdialog.ui" line="20"/>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_paperdialog.ui" line="23"/>
        <source>PHILO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_paperdialog.ui" line="26"/>
        <source>&amp;Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_paperdialog.ui" line="29"/>
        <source>Philosophie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_paperdialog.ui" line="32"/>
        <source>&amp;Date et heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_paperdialog.ui" line="35"/>
        <source>dd/MM/yyyy HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_paperdialog.ui" line="38"/>
        <source>D&amp;urée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_paperdialog.ui" line="41"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_paperdialog.ui" line="44"/>
        <source>C&amp;oefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_paperdialog.ui" line="52"/>
        <source>L&apos;heure est celle du centre d&apos;examen : elle est imprimée telle quelle sur les convocations. Le centre et la salle viennent de l&apos;affectation de chaque candidat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/staff.py" line="102"/>
        <source>Nouveau mot de passe de %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/staff.py" line="112"/>
        <source>Changement du mot de passe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/staff.py" line="121"/>
        <source>Mot de passe de « %1 » réinitialisé ; le compte est déverrouillé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_passworddialog.ui" line="6"/>
        <location filename="../../ui/admin_passworddialog.ui" line="14"/>
        <source>Réinitialiser le mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_passworddialog.ui" line="17"/>
        <source>Le nouveau mot de passe remplace l&apos;ancien et déverrouille le compte s&apos;il l&apos;était.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_passworddialog.ui" line="23"/>
        <source>&amp;Nouveau mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_passworddialog.ui" line="26"/>
        <source>10 caractères au moins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_passworddialog.ui" line="29"/>
        <source>&amp;Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/pdfpreview.ui" line="9"/>
        <source>Aperçu du document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pdfpreview.ui" line="34"/>
        <source>&amp;Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pdfpreview.ui" line="39"/>
        <source>Enre&amp;gistrer sous…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pdfpreview.ui" line="50"/>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.ui" line="9"/>
        <source>Préférences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="14"/>
        <source>Sécurité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="18"/>
        <source>&amp;Verrouiller après</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="24"/>
        <source> min d&apos;inactivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="41"/>
        <source>Recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="45"/>
        <source>&amp;Résultats chargés à la fois</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../cyclades_desktop/gui/search_model.py" line="56"/>
        <source>N° candidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/search_model.py" line="56"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/search_model.py" line="56"/>
        <source>Prénoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/search_model.py" line="56"/>
        <source>Né(e) le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/search_model.py" line="57"/>
        <source>Adresse e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/search_model.py" line="57"/>
        <source>INE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/search_model.py" line="57"/>
        <source>Correspondance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/search_model.py" line="115"/>
        <source>Recherche…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/search_model.py" line="178"/>
        <source>Pourquoi ce résultat : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/search_model.py" line="180"/>
        <source>Nom d&apos;usage %1, nom de naissance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/search_model.py" line="197"/>
        <source> (né·e %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/search_model.py" line="204"/>
        <source>(inscrit par l&apos;établissement)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="96"/>
        <source>Une session a toujours un service d&apos;inscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="98"/>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="99"/>
        <location filename="../../ui/admin_sessiondialog.ui" line="14"/>
        <source>Nouvelle session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="100"/>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="124"/>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="103"/>
        <source>Calendrier de la session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="104"/>
        <source>Calendrier : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="118"/>
        <source>Un service déjà défini peut être déplacé, pas supprimé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="123"/>
        <source>Session </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="148"/>
        <source>Créez d&apos;abord l&apos;examen et l&apos;académie de la session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="151"/>
        <source>Session « %1 » créée : l&apos;espace candidat suivra son calendrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="153"/>
        <source>Création de la session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="157"/>
        <source>Calendrier de « %1 » enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="159"/>
        <source>Enregistrement du calendrier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessiondialog.ui" line="6"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessiondialog.ui" line="20"/>
        <source>E&amp;xamen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessiondialog.ui" line="24"/>
        <source>&amp;Académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessiondialog.ui" line="28"/>
        <source>I&amp;ntitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessiondialog.ui" line="31"/>
        <source>Session 2028</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessiondialog.ui" line="34"/>
        <source>Ann&amp;ée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessiondialog.ui" line="43"/>
        <source>Ouverture des services (heure locale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessiondialog.ui" line="49"/>
        <source>Ouverture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessiondialog.ui" line="50"/>
        <source>Clôture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessiondialog.ui" line="52"/>
        <source>&amp;Inscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessiondialog.ui" line="55"/>
        <location filename="../../ui/admin_sessiondialog.ui" line="58"/>
        <location filename="../../ui/admin_sessiondialog.ui" line="64"/>
        <location filename="../../ui/admin_sessiondialog.ui" line="67"/>
        <location filename="../../ui/admin_sessiondialog.ui" line="73"/>
        <location filename="../../ui/admin_sessiondialog.ui" line="76"/>
        <location filename="../../ui/admin_sessiondialog.ui" line="82"/>
        <location filename="../../ui/admin_sessiondialog.ui" line="85"/>
        <source>dd/MM/yyyy HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessiondialog.ui" line="61"/>
        <source>&amp;Modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessiondialog.ui" line="70"/>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessiondialog.ui" line="79"/>
        <source>&amp;Résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_sessiondialog.ui" line="90"/>
        <source>Les modifications et les documents n&apos;ouvrent pas avant les inscriptions ; les résultats, ni avant la clôture des inscriptions ni avant les documents. Un service déjà défini ne peut pas être supprimé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="275"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="285"/>
        <source>Lecture des sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="307"/>
        <source>Du %1 au %2 (heure locale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="326"/>
        <source>Épreuves — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="327"/>
        <source>Épreuves de la session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="335"/>
        <source>Lecture des épreuves…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="356"/>
        <source>Choisissez d&apos;abord une session dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="402"/>
        <source>Suppression de l&apos;épreuve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="405"/>
        <source>Supprimer une épreuve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="406"/>
        <source>Supprimer l&apos;épreuve %1 — %2 de la session ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="407"/>
        <source>Pour une épreuve ajoutée par erreur : une épreuve dont des notes sont saisies ne peut plus être supprimée. Les convocations déjà publiées la mentionnent encore : publiez-les à nouveau (menu Documents), chaque candidat en est prévenu par e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="410"/>
        <source>&amp;Supprimer l&apos;épreuve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="414"/>
        <source>Épreuve %1 supprimée. Publiez à nouveau les convocations déjà publiées de la session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../cyclades_desktop/gui/signin.py" line="33"/>
        <source>Base : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/signin.py" line="35"/>
        <source>Se &amp;connecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/signin.py" line="37"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/signin.py" line="119"/>
        <source>Saisissez votre identifiant et votre mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/signin.py" line="125"/>
        <source>Connexion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.ui" line="9"/>
        <source>Connexion — Cyclades Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.ui" line="31"/>
        <source>Cyclades Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.ui" line="36"/>
        <source>Service des examens — connexion du personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.ui" line="51"/>
        <source>Base :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.ui" line="62"/>
        <source>&amp;Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.ui" line="68"/>
        <source>ex. : a.martin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.ui" line="73"/>
        <source>&amp;Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.ui" line="84"/>
        <source>Se &amp;souvenir de moi sur ce poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.ui" line="85"/>
        <source>Garde l&apos;identifiant et le mot de passe dans le trousseau du système (jamais dans un fichier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.ui" line="103"/>
        <source>Cette base ne contient encore aucun compte du personnel. Créez-en un avec « cyclades-admin staff add », ou essayez l&apos;application sur la base de démonstration : « cyclades-desktop --demo ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.ui" line="109"/>
        <source>Comptes de démonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.ui" line="113"/>
        <source>Base fictive : double-cliquez sur un compte pour remplir les champs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.ui" line="126"/>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.ui" line="127"/>
        <source>Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.ui" line="128"/>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/staff.py" line="54"/>
        <source>&amp;Créer le compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/staff.py" line="71"/>
        <source>Création du compte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/staff.py" line="84"/>
        <source>Compte « %1 » créé (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_staffdialog.ui" line="6"/>
        <location filename="../../ui/admin_staffdialog.ui" line="14"/>
        <source>Nouveau compte du personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_staffdialog.ui" line="20"/>
        <source>&amp;Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_staffdialog.ui" line="23"/>
        <source>cmoreau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_staffdialog.ui" line="26"/>
        <source>&amp;Nom complet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_staffdialog.ui" line="29"/>
        <source>Claire Moreau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_staffdialog.ui" line="32"/>
        <source>&amp;Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_staffdialog.ui" line="36"/>
        <source>&amp;Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_staffdialog.ui" line="39"/>
        <source>10 caractères au moins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_staffdialog.ui" line="42"/>
        <source>Mot de passe (&amp;confirmation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_staffdialog.ui" line="50"/>
        <source>Communiquez ce mot de passe à la personne de vive voix, jamais par e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/staff.py" line="158"/>
        <source>Personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/staff.py" line="163"/>
        <source>Lecture des comptes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/staff.py" line="167"/>
        <source>Désactivé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/staff.py" line="169"/>
        <source>Verrouillé (essais infructueux)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/staff.py" line="170"/>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/staff.py" line="177"/>
        <source>jamais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/staff.py" line="206"/>
        <source>Choisissez d&apos;abord un compte dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/staff.py" line="207"/>
        <source>Enregistrement en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/staff.py" line="209"/>
        <source>Créer le compte d&apos;un membre du service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/staff.py" line="210"/>
        <source>Choisissez un autre rôle dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/staff.py" line="213"/>
        <source>Donner au compte sélectionné le rôle choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/staff.py" line="215"/>
        <source>Le compte ne pourra plus se connecter ; ses actions restent au journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/staff.py" line="216"/>
        <source>Le compte pourra de nouveau se connecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/staff.py" line="217"/>
        <source>&amp;Réactiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/staff.py" line="217"/>
        <source>&amp;Désactiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/staff.py" line="221"/>
        <source>Choisir un nouveau mot de passe pour le compte sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/staff.py" line="252"/>
        <source>Enregistrement du compte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/staff.py" line="262"/>
        <source>« %1 » est maintenant %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/staff.py" line="270"/>
        <source>Compte « %1 » désactivé : il ne peut plus se connecter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/staff.py" line="273"/>
        <source>Compte « %1 » réactivé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="339"/>
        <source>%1 — candidat n° %2
%3 — %4
Candidature n° %5, %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="344"/>
        <location filename="../../ui/statuschange.ui" line="9"/>
        <source>Désinscrire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="346"/>
        <source>Désinscrire la candidature n° %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="347"/>
        <source>Cette désinscription est définitive : la candidature ne pourra jamais être réactivée. Pour concourir, le candidat devra s&apos;inscrire à nouveau, si le service d&apos;inscription est encore ouvert. Il est prévenu par e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="350"/>
        <source>Je comprends que la désinscription est &amp;irréversible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="351"/>
        <source>&amp;Désinscrire définitivement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="352"/>
        <source>ex. : demande écrite du candidat reçue le 2 novembre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="354"/>
        <source>Écarter la candidature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="356"/>
        <source>Écarter la candidature n° %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="357"/>
        <source>Une candidature écartée ne redevient jamais « inscrite » : elle pourra seulement être désinscrite ensuite. Le candidat est prévenu par e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="359"/>
        <source>Je comprends que cette décision est &amp;irréversible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="360"/>
        <source>É&amp;carter la candidature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="361"/>
        <source>ex. : pièces justificatives non fournies malgré deux relances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="383"/>
        <source>un motif (5 caractères au moins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="385"/>
        <source>la case de confirmation cochée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="387"/>
        <source>votre mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="388"/>
        <source>Il manque : %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="401"/>
        <source>Enregistrement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="410"/>
        <source>Candidature n° %1 désinscrite. Le candidat est prévenu par e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/dialogs.py" line="412"/>
        <source>Candidature n° %1 écartée. Le candidat est prévenu par e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statuschange.ui" line="38"/>
        <source>&amp;Motif (obligatoire, conservé au journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statuschange.ui" line="57"/>
        <source>Votre mot de &amp;passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statuschange.ui" line="64"/>
        <source>pour confirmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statuschange.ui" line="91"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportingPage</name>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/supporting.py" line="94"/>
        <source>Lecture des pièces manquantes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/supporting.py" line="106"/>
        <source>Pièces justificatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/supporting.py" line="115"/>
        <source>Lecture des sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/supporting.py" line="129"/>
        <source>Lecture des pièces demandées…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/supporting.py" line="134"/>
        <source>N° d&apos;inscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/supporting.py" line="134"/>
        <source>Candidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/supporting.py" line="135"/>
        <source>%1 (facultative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/supporting.py" line="136"/>
        <source>Pièces obligatoires manquantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/supporting.py" line="149"/>
        <source>Cet examen ne demande aucune pièce obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/supporting.py" line="156"/>
        <source>Aucune candidature n&apos;attend de pièce : le dossier de chaque candidat est complet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/supporting.py" line="158"/>
        <source>%1 premières candidatures incomplètes — faites défiler pour la suite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/supporting.py" line="160"/>
        <source>%1 candidature(s) incomplète(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/supporting.py" line="173"/>
        <source>Enregistrement de la pièce…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/supporting.py" line="185"/>
        <source>« %1 » reçue pour %2 ; il manque encore : %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/supporting.py" line="186"/>
        <source>« %1 » décochée pour %2 ; il manque : %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/supporting.py" line="191"/>
        <source>« %1 » reçue : le dossier de %2 (n° %3) est complet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/verify.py" line="77"/>
        <source>Vérifiez d&apos;abord un code de document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/verify.py" line="79"/>
        <source>Ouvrir le dossier du candidat dans la fenêtre principale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/verify.py" line="87"/>
        <source>Saisissez le code de vérification imprimé sur le document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/verify.py" line="103"/>
        <source>Vérification du code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/verify.py" line="114"/>
        <source>✓ Document authentique et en vigueur (version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/verify.py" line="117"/>
        <source>⚠ Document authentique mais remplacé : la version %1 a été remplacée par la version %2, seule valable aujourd&apos;hui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/verify.py" line="122"/>
        <source>%1, version %2 (code %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/verify.py" line="124"/>
        <source>%1 — candidat n° %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/verify.py" line="126"/>
        <source>n° %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/verify.py" line="138"/>
        <source>✗ Code inconnu : aucun document publié ne porte ce code. Vérifiez la saisie (les lettres I, L, O et U n&apos;y figurent jamais) ; s&apos;il est exact, ce document n&apos;a pas été délivré par le service des examens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verify.ui" line="9"/>
        <location filename="../../ui/verify.ui" line="19"/>
        <source>Vérifier un document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verify.ui" line="26"/>
        <source>Saisissez ou collez le code de vérification imprimé au bas du document (par exemple 7K3M-Q9TB-2XWD). L&apos;adresse lue par un lecteur de QR code convient aussi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verify.ui" line="34"/>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verify.ui" line="41"/>
        <source>XXXX-XXXX-XXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verify.ui" line="47"/>
        <source>&amp;Vérifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verify.ui" line="79"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verify.ui" line="85"/>
        <source>Candidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verify.ui" line="91"/>
        <source>Candidature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verify.ui" line="97"/>
        <source>Publié le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verify.ui" line="103"/>
        <source>Empreinte SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verify.ui" line="126"/>
        <source>&amp;Ouvrir le dossier du candidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verify.ui" line="137"/>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/__init__.py" line="38"/>
        <source>&amp;Académies et services des examens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/__init__.py" line="39"/>
        <source>Nom de l&apos;académie, adresse, e-mail et téléphone du service des examens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/__init__.py" line="41"/>
        <source>&amp;Examens et concours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/__init__.py" line="42"/>
        <source>Catalogue : séries, spécialités, options, langues, pièces justificatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/__init__.py" line="44"/>
        <source>&amp;Sessions, calendriers et épreuves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/__init__.py" line="45"/>
        <source>Ouverture des services de chaque session et ses épreuves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/__init__.py" line="47"/>
        <source>&amp;Centres d&apos;examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/__init__.py" line="48"/>
        <source>Établissements d&apos;accueil et leur capacité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/__init__.py" line="50"/>
        <source>&amp;Affectation des centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/__init__.py" line="51"/>
        <source>Répartir les candidats d&apos;une session entre les centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/__init__.py" line="53"/>
        <source>&amp;Pièces justificatives reçues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/__init__.py" line="54"/>
        <source>Cocher les pièces reçues ; candidatures incomplètes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/__init__.py" line="56"/>
        <source>&amp;Listes et exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/__init__.py" line="57"/>
        <source>Candidats, pièces manquantes, aménagements par centre ; export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/__init__.py" line="59"/>
        <source>Comptes du &amp;personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/__init__.py" line="60"/>
        <source>Créer, désactiver, changer le rôle, réinitialiser le mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/__init__.py" line="62"/>
        <source>&amp;Journal d&apos;audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/__init__.py" line="63"/>
        <source>Qui a changé quoi, quand ; export CSV et vérification de l&apos;intégrité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/__init__.py" line="75"/>
        <source>&amp;Gestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/common.py" line="98"/>
        <source>Fichiers CSV (*.csv);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="42"/>
        <source>Ouverts : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="44"/>
        <source>Session terminée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="48"/>
        <source>%1 dès le %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/sessions.py" line="50"/>
        <source>Aucun service ouvert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="26"/>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="27"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="26"/>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="27"/>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="27"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="28"/>
        <source>UAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="28"/>
        <source>Capacité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="29"/>
        <source>Ville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="29"/>
        <source>Département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="30"/>
        <source>Départements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="30"/>
        <source>Service des examens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="31"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="31"/>
        <source>E-mail du service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="32"/>
        <source>Téléphone du service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="32"/>
        <source>Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="33"/>
        <source>Année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="33"/>
        <source>Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="34"/>
        <source>Séries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="34"/>
        <source>Spécialités exigées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="35"/>
        <source>Pièces justificatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="35"/>
        <source>Début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="36"/>
        <source>Durée (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="36"/>
        <source>Coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="37"/>
        <source>Pièce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="37"/>
        <source>Reçue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="38"/>
        <source>Affectés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="38"/>
        <source>En salle aménagée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="39"/>
        <source>Sans place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="39"/>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="62"/>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="40"/>
        <source>Salle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="40"/>
        <source>Inscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="41"/>
        <source>Modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="41"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="42"/>
        <source>Résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="59"/>
        <source>Candidature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="59"/>
        <source>Candidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="60"/>
        <source>Personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="60"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="61"/>
        <source>Académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="61"/>
        <source>Examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="62"/>
        <source>Épreuve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/journal.py" line="63"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/admin/staff.py" line="34"/>
        <source>Les deux mots de passe ne sont pas identiques : saisissez-les à nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/printing.py" line="53"/>
        <source>Imprimer — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/printing.py" line="80"/>
        <source>Le fichier %1 ne peut pas être lu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/printing.py" line="108"/>
        <source>L&apos;imprimante %1 n&apos;est pas une file d&apos;impression du système.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/printing.py" line="120"/>
        <source>Le service d&apos;impression a refusé le fichier : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/printing.py" line="132"/>
        <source>L&apos;imprimante n&apos;a pas pu être ouverte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/printing.py" line="162"/>
        <location filename="../../cyclades_desktop/gui/documents/printing.py" line="206"/>
        <source>Impression impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/printing.py" line="163"/>
        <source>Ce fichier ne peut pas être lu : rien n&apos;a été imprimé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/printing.py" line="172"/>
        <source>Envoi à l&apos;imprimante…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/printing.py" line="172"/>
        <source>Arrêter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/printing.py" line="175"/>
        <source>Impression — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/printing.py" line="183"/>
        <source>Envoi du fichier au service d&apos;impression…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/printing.py" line="190"/>
        <source>Envoi à l&apos;imprimante : page %1 sur %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/accommodation.py" line="25"/>
        <source>ex. : secrétaire, ordinateur sans correcteur, sujet en gros caractères</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/accommodation.py" line="27"/>
        <source>ex. : un tiers temps sur toutes les épreuves écrites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/accommodation.py" line="28"/>
        <source>ex. : notes conservées pendant cinq ans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/accommodation.py" line="29"/>
        <source>ex. : épreuves réparties sur les sessions 2027 et 2028</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/accommodation.py" line="30"/>
        <source>ex. : dispense de l&apos;épreuve orale de langue vivante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/accommodation.py" line="163"/>
        <source>Aménagement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/accommodation.py" line="167"/>
        <source>Cette candidature n&apos;est plus active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/documents/accommodation.py" line="168"/>
        <source>Enregistrer un aménagement d&apos;épreuves accordé à cette candidature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="29"/>
        <source>Donnée à corriger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="30"/>
        <source>Action non autorisée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="31"/>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="103"/>
        <source>Action impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="32"/>
        <source>Introuvable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="33"/>
        <source>Authentification refusée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="34"/>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="110"/>
        <source>Base de données indisponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="35"/>
        <source>Version de l&apos;application trop ancienne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="36"/>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="125"/>
        <source>Modification concurrente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="85"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="111"/>
        <source>La base de données n&apos;a pas répondu : rien n&apos;a été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="112"/>
        <source>Vérifiez le réseau puis réessayez ; si le problème persiste, prévenez l&apos;assistance. Détail technique : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="126"/>
        <source>quelqu&apos;un d&apos;autre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="127"/>
        <source>Ce dossier a été modifié par %1 le %2, après que vous l&apos;avez ouvert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="129"/>
        <source>(date inconnue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="130"/>
        <source>Rien n&apos;a été enregistré. Rechargez le dossier pour voir ses données actuelles, puis refaites votre modification si elle est toujours nécessaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="132"/>
        <source>&amp;Recharger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="134"/>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="30"/>
        <source>%1 à %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="44"/>
        <source>Désinscrite le %1 par %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="47"/>
        <source>Écartée le %1 par %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="53"/>
        <source>Inscrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="53"/>
        <source>Écartée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="53"/>
        <source>Désinscrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="58"/>
        <source>Gestionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="58"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="59"/>
        <source>Opérateur d&apos;impression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="60"/>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="92"/>
        <source>Individuelle (grand public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="92"/>
        <source>Par l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="97"/>
        <source>Correction d&apos;identité par le service des examens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="98"/>
        <source>Modification d&apos;identité par le candidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="99"/>
        <source>Création du compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="100"/>
        <source>Création par l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="101"/>
        <source>Activation du compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="102"/>
        <source>Changement d&apos;adresse e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="103"/>
        <source>Changement de mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="104"/>
        <source>Nouveau mot de passe choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="105"/>
        <source>Envoi d&apos;un lien de réinitialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="106"/>
        <source>Demande de réinitialisation du mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="107"/>
        <source>Suppression du compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="108"/>
        <source>Inscription enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="109"/>
        <source>Candidature modifiée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="110"/>
        <source>Désinscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="111"/>
        <source>Candidature écartée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="112"/>
        <source>Document publié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="113"/>
        <source>Aménagement accordé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="114"/>
        <source>Consultation des aménagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="120"/>
        <source>Espace candidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="127"/>
        <source>Adresse e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="127"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="127"/>
        <source>N° d&apos;inscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="128"/>
        <source>Candidature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="128"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="128"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="129"/>
        <source>Voie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="129"/>
        <source>Série</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="129"/>
        <source>Spécialités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="130"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="130"/>
        <source>Langues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="130"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="131"/>
        <source>Précision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="131"/>
        <source>Salle à part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="143"/>
        <source>(vide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="153"/>
        <source>(aucune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="155"/>
        <source>oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="155"/>
        <source>non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="179"/>
        <source>(supprimé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="198"/>
        <source>%1 octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="199"/>
        <source>%1 Ko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="205"/>
        <source>SQLite — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="207"/>
        <source>PostgreSQL — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>identity</name>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="71"/>
        <source>Civilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="72"/>
        <source>Nom de naissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="73"/>
        <source>Nom d&apos;usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="74"/>
        <source>Prénoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="75"/>
        <source>Date de naissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="76"/>
        <source>Pays de naissance (code INSEE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="77"/>
        <source>Commune de naissance (code INSEE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="78"/>
        <source>Lieu de naissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="79"/>
        <source>Nationalité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="80"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="81"/>
        <source>Code postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="82"/>
        <source>Ville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="83"/>
        <source>Pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="84"/>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="85"/>
        <source>INE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="86"/>
        <source>Nom du père</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="87"/>
        <source>Nom de la mère</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdfview</name>
    <message>
        <location filename="../../cyclades_desktop/gui/pdfview.py" line="43"/>
        <source>%1 — version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/pdfview.py" line="45"/>
        <source>en vigueur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/pdfview.py" line="45"/>
        <source>remplacée par une version plus récente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/pdfview.py" line="47"/>
        <source>%1, candidature n° %2 — version %3 (%4), publiée le %5 par %6 ; code de vérification %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/pdfview.py" line="74"/>
        <location filename="../../cyclades_desktop/gui/pdfview.py" line="84"/>
        <source>Impression impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/pdfview.py" line="75"/>
        <source>Ce document ne peut pas être lu : il n&apos;a pas été imprimé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/pdfview.py" line="92"/>
        <source>Enregistrer le document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/pdfview.py" line="92"/>
        <source>Document PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/pdfview.py" line="99"/>
        <source>Enregistrement impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/pdfview.py" line="100"/>
        <source>Le fichier n&apos;a pas pu être écrit : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../cyclades_desktop/gui/startup.py" line="93"/>
        <source>Cyclades Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/startup.py" line="96"/>
        <source>Version de l&apos;application trop ancienne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/startup.py" line="97"/>
        <source>Demandez à l&apos;assistance la version à jour de Cyclades Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/startup.py" line="99"/>
        <source>Base de données à mettre à jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/startup.py" line="100"/>
        <source>L&apos;application va se fermer. Prévenez l&apos;administrateur de la base : elle sera utilisable une fois mise à jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/startup.py" line="103"/>
        <source>Base de données indisponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/startup.py" line="104"/>
        <source>L&apos;application va se fermer. Corrigez le problème indiqué puis relancez-la ; si la base est partagée, prévenez l&apos;assistance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/startup.py" line="122"/>
        <source>Ouverture de la base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/startup.py" line="173"/>
        <location filename="../../cyclades_desktop/gui/startup.py" line="204"/>
        <source>Création de la base de démonstration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/startup.py" line="175"/>
        <source>Base de démonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/startup.py" line="186"/>
        <source>Création de la base de démonstration (%1 candidats fictifs)…
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
