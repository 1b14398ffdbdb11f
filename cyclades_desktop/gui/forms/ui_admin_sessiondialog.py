# generated from ui/admin_sessiondialog.ui by scripts/compile_forms.py, do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_sessiondialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QGroupBox, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_SessionDialog(object):
    def setupUi(self, SessionDialog):
        if not SessionDialog.objectName():
            SessionDialog.setObjectName(u"SessionDialog")
        SessionDialog.resize(620, 520)
        self.mainLayout = QVBoxLayout(SessionDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 16, 18, 14)
        self.titleLabel = QLabel(SessionDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.titleLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(14)
        self.examLabel = QLabel(SessionDialog)
        self.examLabel.setObjectName(u"examLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.examLabel)

        self.examCombo = QComboBox(SessionDialog)
        self.examCombo.setObjectName(u"examCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.examCombo)

        self.academyLabel = QLabel(SessionDialog)
        self.academyLabel.setObjectName(u"academyLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.academyLabel)

        self.academyCombo = QComboBox(SessionDialog)
        self.academyCombo.setObjectName(u"academyCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.academyCombo)

        self.labelLabel = QLabel(SessionDialog)
        self.labelLabel.setObjectName(u"labelLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.labelLabel)

        self.labelEdit = QLineEdit(SessionDialog)
        self.labelEdit.setObjectName(u"labelEdit")
        self.labelEdit.setMaxLength(120)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.labelEdit)

        self.yearLabel = QLabel(SessionDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(SessionDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2028)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.yearSpin)


        self.mainLayout.addLayout(self.form)

        self.windowsBox = QGroupBox(SessionDialog)
        self.windowsBox.setObjectName(u"windowsBox")
        self.windowsLayout = QVBoxLayout(self.windowsBox)
        self.windowsLayout.setObjectName(u"windowsLayout")
        self.windowsGrid = QGridLayout()
        self.windowsGrid.setObjectName(u"windowsGrid")
        self.windowsGrid.setHorizontalSpacing(12)
        self.windowsGrid.setVerticalSpacing(6)
        self.opensHeader = QLabel(self.windowsBox)
        self.opensHeader.setObjectName(u"opensHeader")

        self.windowsGrid.addWidget(self.opensHeader, 0, 1, 1, 1)

        self.closesHeader = QLabel(self.windowsBox)
        self.closesHeader.setObjectName(u"closesHeader")

        self.windowsGrid.addWidget(self.closesHeader, 0, 2, 1, 1)

        self.registrationCheck = QCheckBox(self.windowsBox)
        self.registrationCheck.setObjectName(u"registrationCheck")

        self.windowsGrid.addWidget(self.registrationCheck, 1, 0, 1, 1)

        self.registrationOpens = QDateTimeEdit(self.windowsBox)
        self.registrationOpens.setObjectName(u"registrationOpens")
        self.registrationOpens.setCalendarPopup(True)

        self.windowsGrid.addWidget(self.registrationOpens, 1, 1, 1, 1)

        self.registrationCloses = QDateTimeEdit(self.windowsBox)
        self.registrationCloses.setObjectName(u"registrationCloses")
        self.registrationCloses.setCalendarPopup(True)

        self.windowsGrid.addWidget(self.registrationCloses, 1, 2, 1, 1)

        self.modificationCheck = QCheckBox(self.windowsBox)
        self.modificationCheck.setObjectName(u"modificationCheck")

        self.windowsGrid.addWidget(self.modificationCheck, 2, 0, 1, 1)

        self.modificationOpens = QDateTimeEdit(self.windowsBox)
        self.modificationOpens.setObjectName(u"modificationOpens")
        self.modificationOpens.setCalendarPopup(True)

        self.windowsGrid.addWidget(self.modificationOpens, 2, 1, 1, 1)

        self.modificationCloses = QDateTimeEdit(self.windowsBox)
        self.modificationCloses.setObjectName(u"modificationCloses")
        self.modificationCloses.setCalendarPopup(True)

        self.windowsGrid.addWidget(self.modificationCloses, 2, 2, 1, 1)

        self.documentsCheck = QCheckBox(self.windowsBox)
        self.documentsCheck.setObjectName(u"documentsCheck")

        self.windowsGrid.addWidget(self.documentsCheck, 3, 0, 1, 1)

        self.documentsOpens = QDateTimeEdit(self.windowsBox)
        self.documentsOpens.setObjectName(u"documentsOpens")
        self.documentsOpens.setCalendarPopup(True)

        self.windowsGrid.addWidget(self.documentsOpens, 3, 1, 1, 1)

        self.documentsCloses = QDateTimeEdit(self.windowsBox)
        self.documentsCloses.setObjectName(u"documentsCloses")
        self.documentsCloses.setCalendarPopup(True)

        self.windowsGrid.addWidget(self.documentsCloses, 3, 2, 1, 1)

        self.resultsCheck = QCheckBox(self.windowsBox)
        self.resultsCheck.setObjectName(u"resultsCheck")

        self.windowsGrid.addWidget(self.resultsCheck, 4, 0, 1, 1)

        self.resultsOpens = QDateTimeEdit(self.windowsBox)
        self.resultsOpens.setObjectName(u"resultsOpens")
        self.resultsOpens.setCalendarPopup(True)

        self.windowsGrid.addWidget(self.resultsOpens, 4, 1, 1, 1)

        self.resultsCloses = QDateTimeEdit(self.windowsBox)
        self.resultsCloses.setObjectName(u"resultsCloses")
        self.resultsCloses.setCalendarPopup(True)

        self.windowsGrid.addWidget(self.resultsCloses, 4, 2, 1, 1)


        self.windowsLayout.addLayout(self.windowsGrid)

        self.rulesLabel = QLabel(self.windowsBox)
        self.rulesLabel.setObjectName(u"rulesLabel")
        self.rulesLabel.setWordWrap(True)

        self.windowsLayout.addWidget(self.rulesLabel)


        self.mainLayout.addWidget(self.windowsBox)

        self.errorLabel = QLabel(SessionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(SessionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.examLabel.setBuddy(self.examCombo)
        self.academyLabel.setBuddy(self.academyCombo)
        self.labelLabel.setBuddy(self.labelEdit)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.examCombo, self.academyCombo)
        QWidget.setTabOrder(self.academyCombo, self.labelEdit)
        QWidget.setTabOrder(self.labelEdit, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.registrationCheck)
        QWidget.setTabOrder(self.registrationCheck, self.registrationOpens)
        QWidget.setTabOrder(self.registrationOpens, self.registrationCloses)
        QWidget.setTabOrder(self.registrationCloses, self.modificationCheck)
        QWidget.setTabOrder(self.modificationCheck, self.modificationOpens)
        QWidget.setTabOrder(self.modificationOpens, self.modificationCloses)
        QWidget.setTabOrder(self.modificationCloses, self.documentsCheck)
        QWidget.setTabOrder(self.documentsCheck, self.documentsOpens)
        QWidget.setTabOrder(self.documentsOpens, self.documentsCloses)
        QWidget.setTabOrder(self.documentsCloses, self.resultsCheck)
        QWidget.setTabOrder(self.resultsCheck, self.resultsOpens)
        QWidget.setTabOrder(self.resultsOpens, self.resultsCloses)

        self.retranslateUi(SessionDialog)

        QMetaObject.connectSlotsByName(SessionDialog)
    # setupUi

    def retranslateUi(self, SessionDialog):
        SessionDialog.setWindowTitle(QCoreApplication.translate("SessionDialog", u"Session", None))
        self.titleLabel.setText(QCoreApplication.translate("SessionDialog", u"Nouvelle session", None))
        self.examLabel.setText(QCoreApplication.translate("SessionDialog", u"E&xamen", None))
        self.academyLabel.setText(QCoreApplication.translate("SessionDialog", u"&Acad\u00e9mie", None))
        self.labelLabel.setText(QCoreApplication.translate("SessionDialog", u"I&ntitul\u00e9", None))
        self.labelEdit.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"Session 2028", None))
        self.yearLabel.setText(QCoreApplication.translate("SessionDialog", u"Ann&\u00e9e", None))
        self.windowsBox.setTitle(QCoreApplication.translate("SessionDialog", u"Ouverture des services (heure locale)", None))
        self.opensHeader.setText(QCoreApplication.translate("SessionDialog", u"Ouverture", None))
        self.closesHeader.setText(QCoreApplication.translate("SessionDialog", u"Cl\u00f4ture", None))
        self.registrationCheck.setText(QCoreApplication.translate("SessionDialog", u"&Inscriptions", None))
        self.registrationOpens.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"dd/MM/yyyy HH:mm", None))
        self.registrationCloses.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"dd/MM/yyyy HH:mm", None))
        self.modificationCheck.setText(QCoreApplication.translate("SessionDialog", u"&Modifications", None))
        self.modificationOpens.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"dd/MM/yyyy HH:mm", None))
        self.modificationCloses.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"dd/MM/yyyy HH:mm", None))
        self.documentsCheck.setText(QCoreApplication.translate("SessionDialog", u"&Documents", None))
        self.documentsOpens.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"dd/MM/yyyy HH:mm", None))
        self.documentsCloses.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"dd/MM/yyyy HH:mm", None))
        self.resultsCheck.setText(QCoreApplication.translate("SessionDialog", u"&R\u00e9sultats", None))
        self.resultsOpens.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"dd/MM/yyyy HH:mm", None))
        self.resultsCloses.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"dd/MM/yyyy HH:mm", None))
        self.rulesLabel.setText(QCoreApplication.translate("SessionDialog", u"Les modifications et les documents n'ouvrent pas avant les inscriptions ; les r\u00e9sultats, ni avant la cl\u00f4ture des inscriptions ni avant les documents. Un service d\u00e9j\u00e0 d\u00e9fini ne peut pas \u00eatre supprim\u00e9.", None))
        self.errorLabel.setText("")
    # retranslateUi
