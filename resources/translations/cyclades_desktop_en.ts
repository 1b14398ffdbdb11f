<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
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
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="373"/>
        <source>En vigueur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="376"/>
        <source>Remplacée (v%1 en vigueur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="376"/>
        <source>Remplacée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="386"/>
        <source>&amp;Documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="397"/>
        <source>Candidature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="401"/>
        <source>Aucune candidature active : aucun document ne peut être publié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="403"/>
        <source>Générer et publier la version à jour d&apos;un document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="423"/>
        <source>&amp;Historique (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="429"/>
        <source>Le dossier est en cours de lecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="431"/>
        <source>Corriger l&apos;état civil ou les coordonnées (motif et mot de passe demandés)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="434"/>
        <source>Changer l&apos;adresse de connexion du candidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="435"/>
        <source>Ce candidat, inscrit par son établissement, n&apos;a pas de compte ni d&apos;adresse e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="438"/>
        <source>Envoyer au candidat un lien pour choisir un nouveau mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="454"/>
        <source>Sélectionnez un document dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="459"/>
        <source>Afficher le document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="460"/>
        <source>Imprimer le document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="461"/>
        <source>Enregistrer le PDF sur ce poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="483"/>
        <source>Correction enregistrée (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="485"/>
        <source>Récapitulatif réédité pour la candidature %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="486"/>
        <source>Le candidat est prévenu par e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="496"/>
        <source>Adresse e-mail changée : %1 est désormais l&apos;identifiant du candidat ; l&apos;ancienne et la nouvelle adresse sont prévenues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="505"/>
        <source>Lien de réinitialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="506"/>
        <source>Envoyer à %1 un lien pour choisir un nouveau mot de passe ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="509"/>
        <source>Le lien est valable 24 heures. Le mot de passe actuel reste valable tant que le candidat n&apos;en a pas choisi un autre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="511"/>
        <source>&amp;Envoyer le lien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="513"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="529"/>
        <source>Lien de réinitialisation envoyé à %1 (valable 24 heures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="531"/>
        <source>Envoi du lien…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="555"/>
        <source>%1 publié (version %2, code %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="556"/>
        <source>%1 déjà à jour : la version %2 (code %3) reste en vigueur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="560"/>
        <source>Publication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/candidate/file.py" line="567"/>
        <source>Lecture du document…</source>
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
        <location filename="../../cyclades_desktop/gui/feedback.py" line="138"/>
        <source>Journal : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="140"/>
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
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="44"/>
        <location filename="../../ui/mainwindow.ui" line="9"/>
        <source>Cyclades Desktop — Service des examens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="46"/>
        <source> — base de démonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="80"/>
        <source>Session verrouillée à votre demande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="104"/>
        <source>Base de démonstration (données fictives)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="110"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="111"/>
        <source>Connecté·e en tant que %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="112"/>
        <source>Base : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="121"/>
        <source>Traitement en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="167"/>
        <source>Toutes les sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="168"/>
        <source>Tous les examens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="169"/>
        <source>Tous les statuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="170"/>
        <source>Toutes les académies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="185"/>
        <source>Session verrouillée après %1 minute(s) d&apos;inactivité.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="226"/>
        <source>Lecture des sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="248"/>
        <source>Recherche…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="250"/>
        <source>Aucun candidat ne correspond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="252"/>
        <source>Tapez au moins 3 lettres pour chercher aussi les orthographes approchantes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="254"/>
        <source>%1 premiers candidats affichés — faites défiler pour voir la suite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="256"/>
        <source>%1 candidat(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="256"/>
        <source>1 candidat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="259"/>
        <source>(filtres appliqués)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="283"/>
        <source>Tri par « %1 » des résultats chargés — menu Recherche › Ordre de pertinence pour revenir à l&apos;ordre de la recherche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="371"/>
        <source>Ouvrez d&apos;abord le dossier d&apos;un candidat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="373"/>
        <source>Corriger l&apos;identité du candidat affiché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="375"/>
        <source>Changer l&apos;adresse e-mail du candidat affiché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="376"/>
        <source>Ce candidat, inscrit par son établissement, n&apos;a pas de compte ni d&apos;adresse e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="379"/>
        <source>Envoyer au candidat affiché un lien de réinitialisation du mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="402"/>
        <source>Vérification du mot de passe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="411"/>
        <source>Trop d&apos;essais de mot de passe : la session a été fermée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="413"/>
        <source>Mot de passe incorrect (essai %1 sur %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="456"/>
        <source>À propos de Cyclades Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/mainwindow.py" line="457"/>
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
        <location filename="../../cyclades_desktop/gui/search_model.py" line="53"/>
        <source>N° candidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/search_model.py" line="53"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/search_model.py" line="53"/>
        <source>Prénoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/search_model.py" line="53"/>
        <source>Né(e) le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/search_model.py" line="54"/>
        <source>Adresse e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/search_model.py" line="54"/>
        <source>INE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/search_model.py" line="54"/>
        <source>Correspondance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/search_model.py" line="111"/>
        <source>Recherche…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/search_model.py" line="164"/>
        <source>Pourquoi ce résultat : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/search_model.py" line="166"/>
        <source>Nom d&apos;usage %1, nom de naissance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/search_model.py" line="183"/>
        <source> (né·e %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/search_model.py" line="190"/>
        <source>(inscrit par l&apos;établissement)</source>
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
        <location filename="../../cyclades_desktop/gui/feedback.py" line="78"/>
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
        <location filename="../../cyclades_desktop/gui/feedback.py" line="85"/>
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
        <location filename="../../cyclades_desktop/gui/feedback.py" line="100"/>
        <source>Modification concurrente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="86"/>
        <source>La base de données n&apos;a pas répondu : rien n&apos;a été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="87"/>
        <source>Vérifiez le réseau puis réessayez ; si le problème persiste, prévenez l&apos;assistance. Détail technique : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="101"/>
        <source>quelqu&apos;un d&apos;autre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="102"/>
        <source>Ce dossier a été modifié par %1 le %2, après que vous l&apos;avez ouvert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="104"/>
        <source>(date inconnue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="105"/>
        <source>Rien n&apos;a été enregistré. Rechargez le dossier pour voir ses données actuelles, puis refaites votre modification si elle est toujours nécessaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="107"/>
        <source>&amp;Recharger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/feedback.py" line="109"/>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="29"/>
        <source>%1 à %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="43"/>
        <source>Désinscrite le %1 par %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="46"/>
        <source>Écartée le %1 par %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="52"/>
        <source>Inscrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="52"/>
        <source>Écartée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="52"/>
        <source>Désinscrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="56"/>
        <source>Individuelle (grand public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="56"/>
        <source>Par l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="61"/>
        <source>Correction d&apos;identité par le service des examens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="62"/>
        <source>Modification d&apos;identité par le candidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="63"/>
        <source>Création du compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="64"/>
        <source>Création par l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="65"/>
        <source>Activation du compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="66"/>
        <source>Changement d&apos;adresse e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="67"/>
        <source>Changement de mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="68"/>
        <source>Nouveau mot de passe choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="69"/>
        <source>Envoi d&apos;un lien de réinitialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="70"/>
        <source>Demande de réinitialisation du mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="71"/>
        <source>Suppression du compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="72"/>
        <source>Inscription enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="73"/>
        <source>Candidature modifiée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="74"/>
        <source>Désinscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="75"/>
        <source>Candidature écartée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="76"/>
        <source>Document publié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="77"/>
        <source>Aménagement accordé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="78"/>
        <source>Consultation des aménagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="84"/>
        <source>Espace candidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="91"/>
        <source>Adresse e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="91"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="91"/>
        <source>N° d&apos;inscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="92"/>
        <source>Candidature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="92"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="92"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="93"/>
        <source>Voie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="93"/>
        <source>Série</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="93"/>
        <source>Spécialités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="94"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="94"/>
        <source>Langues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="94"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="95"/>
        <source>Précision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="95"/>
        <source>Salle à part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="107"/>
        <source>(vide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="117"/>
        <source>(aucune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="119"/>
        <source>oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="119"/>
        <source>non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="161"/>
        <source>%1 octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="162"/>
        <source>%1 Ko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="168"/>
        <source>SQLite — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/formatting.py" line="170"/>
        <source>PostgreSQL — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdfview</name>
    <message>
        <location filename="../../cyclades_desktop/gui/pdfview.py" line="44"/>
        <source>%1 — version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/pdfview.py" line="46"/>
        <source>en vigueur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/pdfview.py" line="46"/>
        <source>remplacée par une version plus récente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/pdfview.py" line="48"/>
        <source>%1, candidature n° %2 — version %3 (%4), publiée le %5 par %6 ; code de vérification %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/pdfview.py" line="75"/>
        <location filename="../../cyclades_desktop/gui/pdfview.py" line="88"/>
        <source>Impression impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/pdfview.py" line="76"/>
        <source>Ce document ne peut pas être lu : il n&apos;a pas été imprimé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/pdfview.py" line="82"/>
        <source>Imprimer — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/pdfview.py" line="89"/>
        <source>L&apos;imprimante n&apos;a pas pu être ouverte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/pdfview.py" line="109"/>
        <source>Enregistrer le document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/pdfview.py" line="109"/>
        <source>Document PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/pdfview.py" line="116"/>
        <source>Enregistrement impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/pdfview.py" line="117"/>
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
        <source>Base de données indisponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/startup.py" line="100"/>
        <source>L&apos;application va se fermer. Corrigez le problème indiqué puis relancez-la ; si la base est partagée, prévenez l&apos;assistance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/startup.py" line="120"/>
        <source>Ouverture de la base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/startup.py" line="160"/>
        <location filename="../../cyclades_desktop/gui/startup.py" line="191"/>
        <source>Création de la base de démonstration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/startup.py" line="162"/>
        <source>Base de démonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cyclades_desktop/gui/startup.py" line="173"/>
        <source>Création de la base de démonstration (%1 candidats fictifs)…
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
