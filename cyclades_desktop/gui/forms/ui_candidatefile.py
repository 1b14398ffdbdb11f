# generated from ui/candidatefile.ui by scripts/compile_forms.py, do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'candidatefile.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QFrame,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QToolButton,
    QVBoxLayout, QWidget)

class Ui_CandidateFile(object):
    def setupUi(self, CandidateFile):
        if not CandidateFile.objectName():
            CandidateFile.setObjectName(u"CandidateFile")
        CandidateFile.resize(1100, 680)
        self.fileLayout = QVBoxLayout(CandidateFile)
        self.fileLayout.setSpacing(8)
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLayout.setContentsMargins(4, 10, 4, 0)
        self.headerFrame = QFrame(CandidateFile)
        self.headerFrame.setObjectName(u"headerFrame")
        self.headerLayout = QHBoxLayout(self.headerFrame)
        self.headerLayout.setSpacing(14)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(14, 10, 14, 10)
        self.avatarLabel = QLabel(self.headerFrame)
        self.avatarLabel.setObjectName(u"avatarLabel")
        self.avatarLabel.setMinimumSize(QSize(40, 40))
        self.avatarLabel.setMaximumSize(QSize(40, 40))

        self.headerLayout.addWidget(self.avatarLabel)

        self.nameLayout = QVBoxLayout()
        self.nameLayout.setSpacing(2)
        self.nameLayout.setObjectName(u"nameLayout")
        self.nameLabel = QLabel(self.headerFrame)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.nameLayout.addWidget(self.nameLabel)

        self.subLabel = QLabel(self.headerFrame)
        self.subLabel.setObjectName(u"subLabel")
        self.subLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.nameLayout.addWidget(self.subLabel)


        self.headerLayout.addLayout(self.nameLayout)

        self.headerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.stateBadge = QLabel(self.headerFrame)
        self.stateBadge.setObjectName(u"stateBadge")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.stateBadge.sizePolicy().hasHeightForWidth())
        self.stateBadge.setSizePolicy(sizePolicy)

        self.headerLayout.addWidget(self.stateBadge)

        self.reloadButton = QPushButton(self.headerFrame)
        self.reloadButton.setObjectName(u"reloadButton")

        self.headerLayout.addWidget(self.reloadButton)


        self.fileLayout.addWidget(self.headerFrame)

        self.messageBanner = QLabel(CandidateFile)
        self.messageBanner.setObjectName(u"messageBanner")
        self.messageBanner.setWordWrap(True)

        self.fileLayout.addWidget(self.messageBanner)

        self.sections = QTabWidget(CandidateFile)
        self.sections.setObjectName(u"sections")
        self.identityTab = QWidget()
        self.identityTab.setObjectName(u"identityTab")
        self.identityLayout = QVBoxLayout(self.identityTab)
        self.identityLayout.setSpacing(10)
        self.identityLayout.setObjectName(u"identityLayout")
        self.identityTopLayout = QHBoxLayout()
        self.identityTopLayout.setObjectName(u"identityTopLayout")
        self.lockBanner = QLabel(self.identityTab)
        self.lockBanner.setObjectName(u"lockBanner")
        self.lockBanner.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.lockBanner.sizePolicy().hasHeightForWidth())
        self.lockBanner.setSizePolicy(sizePolicy1)

        self.identityTopLayout.addWidget(self.lockBanner)

        self.correctButton = QPushButton(self.identityTab)
        self.correctButton.setObjectName(u"correctButton")

        self.identityTopLayout.addWidget(self.correctButton)


        self.identityLayout.addLayout(self.identityTopLayout)

        self.identityScroll = QScrollArea(self.identityTab)
        self.identityScroll.setObjectName(u"identityScroll")
        self.identityScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.identityScroll.setWidgetResizable(True)
        self.identityFields = QWidget()
        self.identityFields.setObjectName(u"identityFields")
        self.identityGrid = QGridLayout(self.identityFields)
        self.identityGrid.setObjectName(u"identityGrid")
        self.identityGrid.setHorizontalSpacing(18)
        self.identityGrid.setVerticalSpacing(8)
        self.identityScroll.setWidget(self.identityFields)

        self.identityLayout.addWidget(self.identityScroll)

        self.sections.addTab(self.identityTab, "")
        self.accountTab = QWidget()
        self.accountTab.setObjectName(u"accountTab")
        self.accountLayout = QVBoxLayout(self.accountTab)
        self.accountLayout.setSpacing(12)
        self.accountLayout.setObjectName(u"accountLayout")
        self.accountForm = QFormLayout()
        self.accountForm.setObjectName(u"accountForm")
        self.accountForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.accountForm.setHorizontalSpacing(18)
        self.accountForm.setVerticalSpacing(8)
        self.emailCaption = QLabel(self.accountTab)
        self.emailCaption.setObjectName(u"emailCaption")

        self.accountForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.emailCaption)

        self.emailValue = QLabel(self.accountTab)
        self.emailValue.setObjectName(u"emailValue")
        self.emailValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.accountForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.emailValue)

        self.stateCaption = QLabel(self.accountTab)
        self.stateCaption.setObjectName(u"stateCaption")

        self.accountForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.stateCaption)

        self.stateValue = QLabel(self.accountTab)
        self.stateValue.setObjectName(u"stateValue")

        self.accountForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.stateValue)

        self.createdCaption = QLabel(self.accountTab)
        self.createdCaption.setObjectName(u"createdCaption")

        self.accountForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.createdCaption)

        self.createdValue = QLabel(self.accountTab)
        self.createdValue.setObjectName(u"createdValue")

        self.accountForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.createdValue)

        self.activatedCaption = QLabel(self.accountTab)
        self.activatedCaption.setObjectName(u"activatedCaption")

        self.accountForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.activatedCaption)

        self.activatedValue = QLabel(self.accountTab)
        self.activatedValue.setObjectName(u"activatedValue")

        self.accountForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.activatedValue)

        self.lastUsedCaption = QLabel(self.accountTab)
        self.lastUsedCaption.setObjectName(u"lastUsedCaption")

        self.accountForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lastUsedCaption)

        self.lastUsedValue = QLabel(self.accountTab)
        self.lastUsedValue.setObjectName(u"lastUsedValue")

        self.accountForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.lastUsedValue)

        self.academyCaption = QLabel(self.accountTab)
        self.academyCaption.setObjectName(u"academyCaption")

        self.accountForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.academyCaption)

        self.academyValue = QLabel(self.accountTab)
        self.academyValue.setObjectName(u"academyValue")

        self.accountForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.academyValue)

        self.updatedCaption = QLabel(self.accountTab)
        self.updatedCaption.setObjectName(u"updatedCaption")

        self.accountForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.updatedCaption)

        self.updatedValue = QLabel(self.accountTab)
        self.updatedValue.setObjectName(u"updatedValue")

        self.accountForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.updatedValue)


        self.accountLayout.addLayout(self.accountForm)

        self.accountNote = QLabel(self.accountTab)
        self.accountNote.setObjectName(u"accountNote")
        self.accountNote.setWordWrap(True)

        self.accountLayout.addWidget(self.accountNote)

        self.accountButtons = QHBoxLayout()
        self.accountButtons.setObjectName(u"accountButtons")
        self.changeEmailButton = QPushButton(self.accountTab)
        self.changeEmailButton.setObjectName(u"changeEmailButton")

        self.accountButtons.addWidget(self.changeEmailButton)

        self.resetLinkButton = QPushButton(self.accountTab)
        self.resetLinkButton.setObjectName(u"resetLinkButton")

        self.accountButtons.addWidget(self.resetLinkButton)

        self.exportDataButton = QPushButton(self.accountTab)
        self.exportDataButton.setObjectName(u"exportDataButton")

        self.accountButtons.addWidget(self.exportDataButton)

        self.accountSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.accountButtons.addItem(self.accountSpacer)


        self.accountLayout.addLayout(self.accountButtons)

        self.accountBottomSpacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.accountLayout.addItem(self.accountBottomSpacer)

        self.sections.addTab(self.accountTab, "")
        self.inscriptionsTab = QWidget()
        self.inscriptionsTab.setObjectName(u"inscriptionsTab")
        self.inscriptionsTabLayout = QVBoxLayout(self.inscriptionsTab)
        self.inscriptionsTabLayout.setObjectName(u"inscriptionsTabLayout")
        self.inscriptionsScroll = QScrollArea(self.inscriptionsTab)
        self.inscriptionsScroll.setObjectName(u"inscriptionsScroll")
        self.inscriptionsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.inscriptionsScroll.setWidgetResizable(True)
        self.inscriptionsContainer = QWidget()
        self.inscriptionsContainer.setObjectName(u"inscriptionsContainer")
        self.inscriptionsLayout = QVBoxLayout(self.inscriptionsContainer)
        self.inscriptionsLayout.setSpacing(12)
        self.inscriptionsLayout.setObjectName(u"inscriptionsLayout")
        self.inscriptionsScroll.setWidget(self.inscriptionsContainer)

        self.inscriptionsTabLayout.addWidget(self.inscriptionsScroll)

        self.sections.addTab(self.inscriptionsTab, "")
        self.documentsTab = QWidget()
        self.documentsTab.setObjectName(u"documentsTab")
        self.documentsLayout = QVBoxLayout(self.documentsTab)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.documentsTable = QTableWidget(self.documentsTab)
        if (self.documentsTable.columnCount() < 7):
            self.documentsTable.setColumnCount(7)
        __qtablewidgetitem = QTableWidgetItem()
        self.documentsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.documentsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.documentsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.documentsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.documentsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.documentsTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.documentsTable.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.documentsTable.setObjectName(u"documentsTable")
        self.documentsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.documentsTable.setAlternatingRowColors(True)
        self.documentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documentsTable.setShowGrid(False)
        self.documentsTable.setColumnCount(7)
        self.documentsTable.horizontalHeader().setStretchLastSection(True)
        self.documentsTable.verticalHeader().setVisible(False)

        self.documentsLayout.addWidget(self.documentsTable)

        self.documentButtons = QHBoxLayout()
        self.documentButtons.setObjectName(u"documentButtons")
        self.previewButton = QPushButton(self.documentsTab)
        self.previewButton.setObjectName(u"previewButton")

        self.documentButtons.addWidget(self.previewButton)

        self.printButton = QPushButton(self.documentsTab)
        self.printButton.setObjectName(u"printButton")

        self.documentButtons.addWidget(self.printButton)

        self.saveButton = QPushButton(self.documentsTab)
        self.saveButton.setObjectName(u"saveButton")

        self.documentButtons.addWidget(self.saveButton)

        self.documentSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.documentButtons.addItem(self.documentSpacer)

        self.publishButton = QToolButton(self.documentsTab)
        self.publishButton.setObjectName(u"publishButton")
        self.publishButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.publishButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.documentButtons.addWidget(self.publishButton)


        self.documentsLayout.addLayout(self.documentButtons)

        self.documentsNote = QLabel(self.documentsTab)
        self.documentsNote.setObjectName(u"documentsNote")
        self.documentsNote.setWordWrap(True)

        self.documentsLayout.addWidget(self.documentsNote)

        self.sections.addTab(self.documentsTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyTable = QTableWidget(self.historyTab)
        if (self.historyTable.columnCount() < 5):
            self.historyTable.setColumnCount(5)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(0, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(1, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(2, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(3, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(4, __qtablewidgetitem11)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setShowGrid(False)
        self.historyTable.setWordWrap(True)
        self.historyTable.setColumnCount(5)
        self.historyTable.horizontalHeader().setStretchLastSection(True)
        self.historyTable.verticalHeader().setVisible(False)

        self.historyLayout.addWidget(self.historyTable)

        self.historyNote = QLabel(self.historyTab)
        self.historyNote.setObjectName(u"historyNote")
        self.historyNote.setWordWrap(True)

        self.historyLayout.addWidget(self.historyNote)

        self.sections.addTab(self.historyTab, "")

        self.fileLayout.addWidget(self.sections)


        self.retranslateUi(CandidateFile)

        self.sections.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CandidateFile)
    # setupUi

    def retranslateUi(self, CandidateFile):
        self.nameLabel.setText(QCoreApplication.translate("CandidateFile", u"Chargement du dossier\u2026", None))
        self.subLabel.setText("")
        self.stateBadge.setText("")
        self.reloadButton.setText(QCoreApplication.translate("CandidateFile", u"&Recharger", None))
#if QT_CONFIG(tooltip)
        self.reloadButton.setToolTip(QCoreApplication.translate("CandidateFile", u"Relire le dossier depuis la base (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.messageBanner.setText("")
        self.lockBanner.setText("")
        self.correctButton.setText(QCoreApplication.translate("CandidateFile", u"&Corriger l'identit\u00e9\u2026", None))
        self.sections.setTabText(self.sections.indexOf(self.identityTab), QCoreApplication.translate("CandidateFile", u"&Identit\u00e9", None))
        self.emailCaption.setText(QCoreApplication.translate("CandidateFile", u"Adresse e-mail (identifiant)", None))
        self.stateCaption.setText(QCoreApplication.translate("CandidateFile", u"\u00c9tat du compte", None))
        self.createdCaption.setText(QCoreApplication.translate("CandidateFile", u"Cr\u00e9\u00e9 le", None))
        self.activatedCaption.setText(QCoreApplication.translate("CandidateFile", u"Activ\u00e9 le", None))
        self.lastUsedCaption.setText(QCoreApplication.translate("CandidateFile", u"Derni\u00e8re utilisation", None))
        self.academyCaption.setText(QCoreApplication.translate("CandidateFile", u"Acad\u00e9mie de r\u00e9sidence", None))
        self.updatedCaption.setText(QCoreApplication.translate("CandidateFile", u"Derni\u00e8re modification", None))
        self.accountNote.setText("")
        self.changeEmailButton.setText(QCoreApplication.translate("CandidateFile", u"Changer l'adresse &e-mail\u2026", None))
        self.resetLinkButton.setText(QCoreApplication.translate("CandidateFile", u"Envoyer un &lien de r\u00e9initialisation\u2026", None))
        self.exportDataButton.setText(QCoreApplication.translate("CandidateFile", u"E&xporter les donn\u00e9es du candidat\u2026", None))
        self.sections.setTabText(self.sections.indexOf(self.accountTab), QCoreApplication.translate("CandidateFile", u"C&ompte", None))
        self.sections.setTabText(self.sections.indexOf(self.inscriptionsTab), QCoreApplication.translate("CandidateFile", u"C&andidatures", None))
        ___qtablewidgetitem = self.documentsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CandidateFile", u"Candidature", None))
        ___qtablewidgetitem1 = self.documentsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CandidateFile", u"Document", None))
        ___qtablewidgetitem2 = self.documentsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CandidateFile", u"Version", None))
        ___qtablewidgetitem3 = self.documentsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CandidateFile", u"\u00c9tat", None))
        ___qtablewidgetitem4 = self.documentsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("CandidateFile", u"Publi\u00e9 le", None))
        ___qtablewidgetitem5 = self.documentsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("CandidateFile", u"Par", None))
        ___qtablewidgetitem6 = self.documentsTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("CandidateFile", u"Code de v\u00e9rification", None))
        self.previewButton.setText(QCoreApplication.translate("CandidateFile", u"&Aper\u00e7u", None))
        self.printButton.setText(QCoreApplication.translate("CandidateFile", u"&Imprimer\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("CandidateFile", u"Enre&gistrer sous\u2026", None))
        self.publishButton.setText(QCoreApplication.translate("CandidateFile", u"&Publier un document", None))
        self.documentsNote.setText(QCoreApplication.translate("CandidateFile", u"Seule la derni\u00e8re version de chaque document est visible par le candidat ; les versions remplac\u00e9es restent consultables ici.", None))
        self.sections.setTabText(self.sections.indexOf(self.documentsTab), QCoreApplication.translate("CandidateFile", u"&Documents", None))
        ___qtablewidgetitem7 = self.historyTable.horizontalHeaderItem(0)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("CandidateFile", u"Date", None))
        ___qtablewidgetitem8 = self.historyTable.horizontalHeaderItem(1)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("CandidateFile", u"Par", None))
        ___qtablewidgetitem9 = self.historyTable.horizontalHeaderItem(2)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("CandidateFile", u"\u00c9v\u00e9nement", None))
        ___qtablewidgetitem10 = self.historyTable.horizontalHeaderItem(3)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("CandidateFile", u"D\u00e9tail", None))
        ___qtablewidgetitem11 = self.historyTable.horizontalHeaderItem(4)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("CandidateFile", u"Motif", None))
        self.historyNote.setText(QCoreApplication.translate("CandidateFile", u"Extrait du journal d'audit : chaque changement, avec l'ancienne et la nouvelle valeur, son auteur et sa date. Le journal ne peut pas \u00eatre modifi\u00e9.", None))
        self.sections.setTabText(self.sections.indexOf(self.historyTab), QCoreApplication.translate("CandidateFile", u"&Historique", None))
        pass
    # retranslateUi
