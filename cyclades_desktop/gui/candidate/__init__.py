"""The candidate file (tabs Identité, Compte, Candidatures, Documents, Historique) and its dialogs."""
