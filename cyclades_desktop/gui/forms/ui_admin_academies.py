# generated from ui/admin_academies.ui by scripts/compile_forms.py, do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_academies.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_AdminAcademies(object):
    def setupUi(self, AdminAcademies):
        if not AdminAcademies.objectName():
            AdminAcademies.setObjectName(u"AdminAcademies")
        AdminAcademies.resize(1100, 700)
        self.mainLayout = QVBoxLayout(AdminAcademies)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(14, 12, 14, 10)
        self.titleLabel = QLabel(AdminAcademies)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(AdminAcademies)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.messageLabel = QLabel(AdminAcademies)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.splitter = QSplitter(AdminAcademies)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.academiesTable = QTableWidget(self.splitter)
        if (self.academiesTable.columnCount() < 2):
            self.academiesTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.academiesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.academiesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.academiesTable.setObjectName(u"academiesTable")
        self.academiesTable.setMinimumSize(QSize(300, 0))
        self.academiesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.academiesTable.setAlternatingRowColors(True)
        self.academiesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.academiesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.academiesTable.setShowGrid(False)
        self.academiesTable.setColumnCount(2)
        self.splitter.addWidget(self.academiesTable)
        self.academiesTable.horizontalHeader().setStretchLastSection(True)
        self.academiesTable.verticalHeader().setVisible(False)
        self.detailsBox = QGroupBox(self.splitter)
        self.detailsBox.setObjectName(u"detailsBox")
        self.detailsLayout = QVBoxLayout(self.detailsBox)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(8)
        self.codeLabel = QLabel(self.detailsBox)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(self.detailsBox)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(20)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.nameLabel = QLabel(self.detailsBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.detailsBox)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.officeNameLabel = QLabel(self.detailsBox)
        self.officeNameLabel.setObjectName(u"officeNameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.officeNameLabel)

        self.officeNameEdit = QLineEdit(self.detailsBox)
        self.officeNameEdit.setObjectName(u"officeNameEdit")
        self.officeNameEdit.setMaxLength(200)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.officeNameEdit)

        self.officeAddressLabel = QLabel(self.detailsBox)
        self.officeAddressLabel.setObjectName(u"officeAddressLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.officeAddressLabel)

        self.officeAddressEdit = QPlainTextEdit(self.detailsBox)
        self.officeAddressEdit.setObjectName(u"officeAddressEdit")
        self.officeAddressEdit.setMaximumSize(QSize(16777215, 90))
        self.officeAddressEdit.setTabChangesFocus(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.officeAddressEdit)

        self.officeEmailLabel = QLabel(self.detailsBox)
        self.officeEmailLabel.setObjectName(u"officeEmailLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.officeEmailLabel)

        self.officeEmailEdit = QLineEdit(self.detailsBox)
        self.officeEmailEdit.setObjectName(u"officeEmailEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.officeEmailEdit)

        self.officePhoneLabel = QLabel(self.detailsBox)
        self.officePhoneLabel.setObjectName(u"officePhoneLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.officePhoneLabel)

        self.officePhoneEdit = QLineEdit(self.detailsBox)
        self.officePhoneEdit.setObjectName(u"officePhoneEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.officePhoneEdit)

        self.departmentsLabel = QLabel(self.detailsBox)
        self.departmentsLabel.setObjectName(u"departmentsLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.departmentsLabel)

        self.departmentsEdit = QLineEdit(self.detailsBox)
        self.departmentsEdit.setObjectName(u"departmentsEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.departmentsEdit)


        self.detailsLayout.addLayout(self.form)

        self.errorLabel = QLabel(self.detailsBox)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.detailsLayout.addWidget(self.errorLabel)

        self.detailsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailsLayout.addItem(self.detailsSpacer)

        self.detailsButtons = QHBoxLayout()
        self.detailsButtons.setObjectName(u"detailsButtons")
        self.newButton = QPushButton(self.detailsBox)
        self.newButton.setObjectName(u"newButton")

        self.detailsButtons.addWidget(self.newButton)

        self.detailsButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.detailsButtons.addItem(self.detailsButtonsSpacer)

        self.revertButton = QPushButton(self.detailsBox)
        self.revertButton.setObjectName(u"revertButton")

        self.detailsButtons.addWidget(self.revertButton)

        self.saveButton = QPushButton(self.detailsBox)
        self.saveButton.setObjectName(u"saveButton")

        self.detailsButtons.addWidget(self.saveButton)


        self.detailsLayout.addLayout(self.detailsButtons)

        self.splitter.addWidget(self.detailsBox)

        self.mainLayout.addWidget(self.splitter)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.countLabel = QLabel(AdminAcademies)
        self.countLabel.setObjectName(u"countLabel")

        self.bottomLayout.addWidget(self.countLabel)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.reloadButton = QPushButton(AdminAcademies)
        self.reloadButton.setObjectName(u"reloadButton")

        self.bottomLayout.addWidget(self.reloadButton)


        self.mainLayout.addLayout(self.bottomLayout)

        self.mainLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.officeNameLabel.setBuddy(self.officeNameEdit)
        self.officeAddressLabel.setBuddy(self.officeAddressEdit)
        self.officeEmailLabel.setBuddy(self.officeEmailEdit)
        self.officePhoneLabel.setBuddy(self.officePhoneEdit)
        self.departmentsLabel.setBuddy(self.departmentsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdminAcademies)

        QMetaObject.connectSlotsByName(AdminAcademies)
    # setupUi

    def retranslateUi(self, AdminAcademies):
        self.titleLabel.setText(QCoreApplication.translate("AdminAcademies", u"Acad\u00e9mies et services des examens", None))
        self.introLabel.setText(QCoreApplication.translate("AdminAcademies", u"Les coordonn\u00e9es du service des examens sont imprim\u00e9es sur les documents officiels et communiqu\u00e9es aux candidats \u00e0 la fin de leur inscription. Les d\u00e9partements d\u00e9cident de l'acad\u00e9mie de r\u00e9sidence.", None))
        self.messageLabel.setText("")
        ___qtablewidgetitem = self.academiesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AdminAcademies", u"Code", None))
        ___qtablewidgetitem1 = self.academiesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AdminAcademies", u"Acad\u00e9mie", None))
        self.detailsBox.setTitle(QCoreApplication.translate("AdminAcademies", u"Acad\u00e9mie et service des examens", None))
        self.codeLabel.setText(QCoreApplication.translate("AdminAcademies", u"&Code", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("AdminAcademies", u"NANTES", None))
        self.nameLabel.setText(QCoreApplication.translate("AdminAcademies", u"&Nom de l'acad\u00e9mie", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("AdminAcademies", u"Acad\u00e9mie de Nantes", None))
        self.officeNameLabel.setText(QCoreApplication.translate("AdminAcademies", u"&Service des examens", None))
        self.officeNameEdit.setPlaceholderText(QCoreApplication.translate("AdminAcademies", u"Division des examens et concours (DEC)", None))
        self.officeAddressLabel.setText(QCoreApplication.translate("AdminAcademies", u"&Adresse", None))
        self.officeAddressEdit.setPlaceholderText(QCoreApplication.translate("AdminAcademies", u"Rectorat\n"
"4 rue de la Houssini\u00e8re\n"
"44322 Nantes Cedex 3", None))
        self.officeEmailLabel.setText(QCoreApplication.translate("AdminAcademies", u"&E-mail", None))
        self.officeEmailEdit.setPlaceholderText(QCoreApplication.translate("AdminAcademies", u"dec@ac-nantes.fr", None))
        self.officePhoneLabel.setText(QCoreApplication.translate("AdminAcademies", u"&T\u00e9l\u00e9phone", None))
        self.officePhoneEdit.setPlaceholderText(QCoreApplication.translate("AdminAcademies", u"02 40 37 37 37", None))
        self.departmentsLabel.setText(QCoreApplication.translate("AdminAcademies", u"&D\u00e9partements", None))
        self.departmentsEdit.setPlaceholderText(QCoreApplication.translate("AdminAcademies", u"44, 49, 53, 72, 85", None))
        self.errorLabel.setText("")
        self.newButton.setText(QCoreApplication.translate("AdminAcademies", u"&Nouvelle acad\u00e9mie", None))
        self.revertButton.setText(QCoreApplication.translate("AdminAcademies", u"Annuler les &modifications", None))
        self.saveButton.setText(QCoreApplication.translate("AdminAcademies", u"&Enregistrer", None))
        self.countLabel.setText("")
        self.reloadButton.setText(QCoreApplication.translate("AdminAcademies", u"&Actualiser", None))
        pass
    # retranslateUi
